// PERF003 batch-size-one: one invocation per message or record on a queue or stream.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

using Kind = model::Trigger::Kind;

class BatchSizeOne final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions)
      for (const model::Trigger& t : fn.triggers) {
        if (t.kind != Kind::Sqs && t.kind != Kind::Kinesis && t.kind != Kind::DynamoDb) continue;
        std::optional<WrittenInteger> size = writtenInteger(t.batchSize);
        if (!size || size->kind != WrittenInteger::Kind::Integer || size->value != 1) continue;
        ctx.report(t.batchSize.where,
                   std::string(model::triggerKindName(t.kind)) + " trigger `" + t.name + "` of `" +
                       fn.label() + "` has a batch size of 1: one invocation per record multiplies "
                       "cost and concurrency on a busy source");
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_PERF003() { return std::make_unique<BatchSizeOne>(); }

}  // namespace lambdalint::rules

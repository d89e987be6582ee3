// REL008 sqs-no-partial-batch-response: an SQS trigger with batches of several messages and
// no ReportBatchItemFailures.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class SqsNoPartialBatchResponse final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions)
      for (const model::Trigger& t : fn.triggers) {
        if (t.kind != model::Trigger::Kind::Sqs || t.reportBatchItemFailures) continue;
        if (t.batchSize.present() && t.batchSize.effectiveInt() == 1) continue;
        ctx.report(t.where, "SQS trigger `" + t.name + "` of `" + fn.label() +
                                "` does not report batch item failures: one failed message "
                                "sends the whole batch back to be processed again");
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL008() { return std::make_unique<SqsNoPartialBatchResponse>(); }

}  // namespace lambdalint::rules

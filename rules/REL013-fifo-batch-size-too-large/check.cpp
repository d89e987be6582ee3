// REL013 fifo-batch-size-too-large: Lambda takes at most 10 messages per batch from a FIFO queue.
#include <map>
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

constexpr long long kMaxFifoBatch = 10;

class FifoBatchSizeTooLarge final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const model::Project& project = ctx.project();
    std::map<std::string, const model::Queue*> queues;
    for (const model::Queue& q : project.queues) queues[q.id] = &q;
    for (const model::Function& fn : project.functions)
      for (const model::Trigger& t : fn.triggers) {
        if (t.kind != model::Trigger::Kind::Sqs) continue;
        std::optional<WrittenInteger> size = writtenInteger(t.batchSize);
        if (!size || size->kind == WrittenInteger::Kind::NotInteger) continue;
        if (size->kind == WrittenInteger::Kind::Integer && size->value <= kMaxFifoBatch) continue;
        if (size->kind == WrittenInteger::Kind::Huge && size->value < 0) continue;
        auto q = queues.find(t.sourceId);
        std::optional<std::string> arn = writtenText(t.source);
        const bool fifo = (q != queues.end() && q->second->fifo) || (arn && arn->ends_with(".fifo"));
        if (!fifo) continue;
        ctx.report(t.batchSize.where,
                   "SQS trigger `" + t.name + "` of `" + fn.label() + "` reads a FIFO queue with a batch size of " +
                       size->text + ": Lambda accepts at most 10 for FIFO queues, and the deployment fails");
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL013() { return std::make_unique<FifoBatchSizeTooLarge>(); }

}  // namespace lambdalint::rules

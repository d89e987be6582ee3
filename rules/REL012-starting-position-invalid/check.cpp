// REL012 starting-position-invalid: a stream mapping without StartingPosition, or an SQS
// mapping with one. Either way the deployment fails.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

using Kind = model::Trigger::Kind;

class StartingPositionInvalid final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions)
      for (const model::Trigger& t : fn.triggers) {
        const std::string subject = std::string(model::triggerKindName(t.kind)) + " trigger `" +
                                    t.name + "` of `" + fn.label() + "`";
        if ((t.kind == Kind::Kinesis || t.kind == Kind::DynamoDb) && !t.startingPosition.present()) {
          ctx.report(t.where, subject + " gives no StartingPosition: Lambda requires one for a "
                                        "stream, and the deployment fails");
        } else if (t.kind == Kind::Sqs && t.startingPosition.present()) {
          ctx.report(t.startingPosition.where,
                     subject + " gives a StartingPosition, which is not valid for an SQS queue: "
                               "Lambda rejects the mapping")
              .severity(Severity::Warning);
        }
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL012() { return std::make_unique<StartingPositionInvalid>(); }

}  // namespace lambdalint::rules

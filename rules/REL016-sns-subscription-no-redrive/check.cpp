// REL016 sns-subscription-no-redrive: SNS drops a message it cannot deliver after retries.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class SnsSubscriptionNoRedrive final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const model::Project& project = ctx.project();
    for (const model::RawResource& r : project.resources) {
      const bool cfn = r.type == "AWS::SNS::Subscription";
      if (!cfn && r.type != "aws_sns_topic_subscription") continue;
      if (rawSetting(r.properties, {cfn ? "RedrivePolicy" : "redrive_policy"})) continue;
      ctx.report(r.where, "SNS subscription `" + r.id + "` has no RedrivePolicy: messages SNS "
                          "fails to deliver are dropped after its retries");
    }
    // Subscriptions the deployment tool creates from function events (SAM, serverless.yml).
    for (const model::Function& fn : project.functions)
      for (const model::Trigger& t : fn.triggers) {
        if (t.kind != model::Trigger::Kind::Sns || t.deliveryDeadLetter.present()) continue;
        if (t.type != "SNS" && t.type != "sns") continue;  // events; resources are read above
        ctx.report(t.where, "SNS event `" + t.name + "` of `" + fn.label() + "` has no redrive policy: "
                            "messages SNS fails to deliver to the function are dropped after its retries");
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL016() { return std::make_unique<SnsSubscriptionNoRedrive>(); }

}  // namespace lambdalint::rules

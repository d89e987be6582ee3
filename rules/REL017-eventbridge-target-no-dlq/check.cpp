// REL017 eventbridge-target-no-dlq: EventBridge drops events it cannot deliver after retries.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

// {"Fn::If": ...} and the like: a target the template computes, not read.
bool isIntrinsic(const doc::Node& n) {
  return n.entries.size() == 1 && (n.entries[0].key->text == "Ref" || n.entries[0].key->text.rfind("Fn::", 0) == 0);
}

bool isEventWithDlqSetting(const model::Trigger& t) {
  return t.type == "EventBridgeRule" || t.type == "Schedule" || t.type == "ScheduleV2" || t.type == "eventBridge";
}

class EventBridgeTargetNoDlq final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const model::Project& project = ctx.project();
    for (const model::RawResource& r : project.resources) {
      if (r.type == "AWS::Events::Rule") {
        const doc::Node* targets = rawSetting(r.properties, {"Targets"});
        if (!targets || !targets->isSeq()) continue;
        for (const doc::Node* target : targets->items) {
          if (!target->isMap() || isIntrinsic(*target) || rawSetting(target, {"DeadLetterConfig"})) continue;
          const doc::Node* id = rawSetting(target, {"Id"});
          reportTarget(ctx, target->location(), r.id, id && id->isScalar() ? id->text : "");
        }
      } else if (r.type == "AWS::Scheduler::Schedule") {
        const doc::Node* target = rawSetting(r.properties, {"Target"});
        if (target && target->isMap() && !rawSetting(target, {"DeadLetterConfig"}))
          reportTarget(ctx, r.where, r.id, "");
      } else if (r.type == "aws_cloudwatch_event_target") {
        if (!rawSetting(r.properties, {"dead_letter_config"})) reportTarget(ctx, r.where, r.id, "");
      } else if (r.type == "aws_scheduler_schedule") {
        const doc::Node* target = rawSetting(r.properties, {"target"});
        if (target && !rawSetting(target, {"dead_letter_config"})) reportTarget(ctx, r.where, r.id, "");
      }
    }
    // Targets the deployment tool creates from function events (SAM, serverless.yml).
    for (const model::Function& fn : project.functions)
      for (const model::Trigger& t : fn.triggers) {
        if (!isEventWithDlqSetting(t) || t.deliveryDeadLetter.present()) continue;
        ctx.report(t.where, std::string(t.kind == model::Trigger::Kind::Schedule ? "schedule" : "EventBridge") +
                                " event `" + t.name + "` of `" + fn.label() +
                                "` has no dead-letter queue: events EventBridge fails to deliver to "
                                "the function are dropped after its retries");
      }
  }

 private:
  static void reportTarget(const RuleContext& ctx, const Location& where, const std::string& rule,
                           const std::string& targetId) {
    ctx.report(where, (targetId.empty() ? "the target of `" + rule + "`"
                                        : "target `" + targetId + "` of rule `" + rule + "`") +
                          " has no DeadLetterConfig: events EventBridge fails to deliver are "
                          "dropped after its retries");
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL017() { return std::make_unique<EventBridgeTargetNoDlq>(); }

}  // namespace lambdalint::rules

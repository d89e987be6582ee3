// REL010 recursive-trigger-loop: a function triggered by a bucket, queue or topic that its own
// role may write to: each write can trigger it again, without end.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"
#include "lambdalint/iam/iam.hpp"

namespace lambdalint::rules {
namespace {

struct LoopAction {
  const char* action;
  bool objectLevel;  // S3 writes objects inside the bucket
  const char* effect;
};

const LoopAction* loopAction(model::Trigger::Kind k) {
  static const LoopAction kS3{"s3:PutObject", true, "an object it writes there"};
  static const LoopAction kSqs{"sqs:SendMessage", false, "a message it sends there"};
  static const LoopAction kSns{"sns:Publish", false, "a message it publishes there"};
  switch (k) {
    case model::Trigger::Kind::S3: return &kS3;
    case model::Trigger::Kind::Sqs: return &kSqs;
    case model::Trigger::Kind::Sns: return &kSns;
    default: return nullptr;
  }
}

// When lambdalint read every call of the handler's code, the code tells whether it writes
// there: a role allowing `s3:PutObject` on `*` is no loop if the code writes elsewhere.
bool codeMayWrite(const model::Function& fn, const LoopAction& loop, const std::string& sourceId) {
  const iam::Usage usage = iam::usageOf(fn);
  if (!usage.handlerAnalysed || !usage.complete) return true;
  for (const iam::UsedAction& a : usage.actions)
    if (iam::actionMatches(a.action, loop.action) &&
        (a.target.logicalId.empty() || a.target.logicalId == sourceId))
      return true;
  return false;
}

class RecursiveTriggerLoop final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      if (!fn.role) continue;
      for (const model::Trigger& t : fn.triggers) {
        const LoopAction* loop = loopAction(t.kind);
        // Key filters (S3 prefix/suffix) are the usual way to keep output out of the trigger.
        if (!loop || t.sourceId.empty() || (t.kind == model::Trigger::Kind::S3 && t.filtersSet)) continue;
        iam::Target target;
        target.logicalId = t.sourceId;
        target.objectLevel = loop->objectLevel;
        const iam::Decision d = iam::evaluate(*fn.role, loop->action, target);
        if (d.allowed != iam::Tri::Yes || d.denied != iam::Tri::No || !d.allowedBy) continue;
        if (!codeMayWrite(fn, *loop, t.sourceId)) continue;
        ctx.report(t.where, "`" + fn.label() + "` is triggered by " +
                                model::triggerKindName(t.kind) + " `" + t.sourceId +
                                "` and its role allows `" + loop->action + "` on it: " + loop->effect +
                                " invokes the function again, a loop that runs until something "
                                "breaks it; write to another " +
                                (t.kind == model::Trigger::Kind::S3 ? "bucket or a filtered-out prefix"
                                                                    : "destination") +
                                ", or remove the permission")
            .related(d.allowedBy->where, "the statement that allows it");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL010() { return std::make_unique<RecursiveTriggerLoop>(); }

}  // namespace lambdalint::rules

// OPS009 state-machine-tracing-off: a Step Functions state machine without X-Ray tracing.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

// Where each source writes the switch: resource type, then the path to it.
const doc::Node* tracingSwitch(const model::RawResource& r, bool& known) {
  known = true;
  if (r.type == "AWS::StepFunctions::StateMachine") return rawSetting(r.properties, {"TracingConfiguration", "Enabled"});
  if (r.type == "AWS::Serverless::StateMachine") return rawSetting(r.properties, {"Tracing", "Enabled"});
  if (r.type == "aws_sfn_state_machine") return rawSetting(r.properties, {"tracing_configuration", "enabled"});
  known = false;
  return nullptr;
}

class StateMachineTracingOff final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::RawResource& r : ctx.project().resources) {
      bool known = false;
      const doc::Node* enabled = tracingSwitch(r, known);
      if (!known) continue;
      reportTracingSwitch(ctx, r.where, enabled, "state machine `" + r.id + "`",
                          "the workflow's steps do not appear in the traces of the functions it calls");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_OPS009() { return std::make_unique<StateMachineTracingOff>(); }

}  // namespace lambdalint::rules

// OPS001 tracing-not-active: X-Ray active tracing is off (absent or PassThrough).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

// Whether a written tracing value turns tracing off; nullopt when it cannot be told.
std::optional<bool> writtenOff(const model::Value& v) {
  std::optional<std::string> text = writtenText(v);
  if (!text) return std::nullopt;
  // CloudFormation/SAM/Terraform write "Active"; the Serverless Framework writes true.
  return !(*text == "Active" || *text == "true" || *text == "True");
}

class TracingNotActive final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    std::vector<const model::Function*> off;
    for (const model::Function& fn : ctx.project().functions) {
      if (!fn.tracing.present()) {
        ctx.report(fn.where, "function `" + fn.label() +
                                 "` does not turn on X-Ray active tracing: requests through it "
                                 "cannot be followed across services");
        continue;
      }
      if (writtenOff(fn.tracing).value_or(false)) off.push_back(&fn);
    }
    for (const Shared<model::Value>& g : groupBySharedValue(off, &model::Function::tracing))
      ctx.report(g.where, "tracing `" + g.item->effectiveText().value_or("") + "` of " +
                              functionList(g.ids()) +
                              " does not record traces: set it to `Active`");
  }
};

}  // namespace

std::unique_ptr<Rule> make_OPS001() { return std::make_unique<TracingNotActive>(); }

}  // namespace lambdalint::rules

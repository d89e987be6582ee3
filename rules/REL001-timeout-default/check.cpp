// REL001 timeout-default: a function that sets no Timeout runs with Lambda's 3-second default.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

std::string byDefault(const model::Function& fn) {
  return fn.defaultTimeout == 3 ? "Lambda's default of 3 seconds"
                                : "the deployment tool's default of " +
                                      std::to_string(fn.defaultTimeout) + " seconds";
}

constexpr const char* kAdvice =
    ": set it deliberately from the function's measured duration and its callers' limits";

class TimeoutDefault final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    // A branch of Fn::If that is AWS::NoValue leaves Timeout unset when its condition has
    // that outcome; one written in Globals is shared by every function: one finding there.
    SharedGroups<model::Value> unsetBranches;
    for (const model::Function& fn : ctx.project().functions) {
      if (!fn.timeout.present()) {
        ctx.report(fn.where, "function `" + fn.label() + "` does not set Timeout, so " +
                                 byDefault(fn) + " applies" + kAdvice);
        continue;
      }
      // Any other written Timeout counts, even one we cannot evaluate (a parameter without
      // a default, an expression...): the author chose it.
      for (const model::Value* branch : fn.timeout.alternatives())
        if (!branch->present()) unsetBranches.add(fn, *branch, branch->where, branch->whenText());
    }
    for (const Shared<model::Value>& g : unsetBranches) {
      const model::Function& first = *g.functions.front();
      ctx.report(g.where, g.item->whenText() + ", " + functionList(g.ids()) +
                              " sets no Timeout (AWS::NoValue), so " + byDefault(first) +
                              " applies" + kAdvice);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL001() { return std::make_unique<TimeoutDefault>(); }

}  // namespace lambdalint::rules

// REL001 timeout-default: a function that sets no Timeout runs with Lambda's 3-second default.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"

namespace lambdalint::rules {
namespace {

class TimeoutDefault final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      // Any written Timeout counts, even one we cannot evaluate (a parameter without a
      // default, Fn::If...): the author chose it.
      if (fn.timeout.present()) continue;
      const std::string byDefault =
          fn.defaultTimeout == 3 ? "Lambda's default of 3 seconds"
                                 : "the deployment tool's default of " +
                                       std::to_string(fn.defaultTimeout) + " seconds";
      ctx.report(fn.where,
                 "function `" + fn.label() + "` does not set Timeout, so " + byDefault +
                     " applies: set it deliberately from the function's measured duration and "
                     "its callers' limits");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL001() { return std::make_unique<TimeoutDefault>(); }

}  // namespace lambdalint::rules

// SEC007 function-not-in-vpc (opt-in): no VpcConfig.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class FunctionNotInVpc final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions)
      if (!fn.vpc)
        ctx.report(fn.where, "function `" + fn.label() +
                                 "` is not attached to a VPC: its traffic bypasses the "
                                 "network controls of your VPCs");
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC007() { return std::make_unique<FunctionNotInVpc>(); }

}  // namespace lambdalint::rules

// SEC008 code-signing-not-set (opt-in): a .zip function without CodeSigningConfigArn.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class CodeSigningNotSet final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      if (fn.codeSigningConfig.present()) continue;
      if (fn.packageType.effectiveText() == "Image") continue;
      ctx.report(fn.where, "function `" + fn.label() +
                               "` has no code signing configuration: Lambda deploys any "
                               "package it is given");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC008() { return std::make_unique<CodeSigningNotSet>(); }

}  // namespace lambdalint::rules

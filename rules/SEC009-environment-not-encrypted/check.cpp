// SEC009 environment-not-encrypted (opt-in): environment variables without KmsKeyArn.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class EnvironmentNotEncrypted final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      if (fn.environment.empty() || fn.kmsKeyArn.present()) continue;
      ctx.report(fn.where, "the environment variables of `" + fn.label() +
                               "` are encrypted with the AWS managed key: set KmsKeyArn to a "
                               "key you control");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC009() { return std::make_unique<EnvironmentNotEncrypted>(); }

}  // namespace lambdalint::rules

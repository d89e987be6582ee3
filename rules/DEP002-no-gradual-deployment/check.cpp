// DEP002 no-gradual-deployment: an alias without DeploymentPreference, or one without alarms.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class NoGradualDeployment final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      if (!fn.autoPublishAlias.present()) continue;
      const auto& pref = fn.deploymentPreference;
      bool disabled = pref && pref->enabled.effectiveText() == "false";
      if (!pref || disabled) {
        ctx.report(disabled ? pref->where : fn.autoPublishAlias.where,
                   "alias of `" + fn.label() +
                       "` moves all traffic to each new version at once: deploy it with "
                       "CodeDeploy (a DeploymentPreference, or a CodeDeploy deployment group) "
                       "with a canary or linear configuration and rollback alarms");
      } else if (pref->alarms.empty()) {
        ctx.report(pref->where, "the gradual deployment of `" + fn.label() +
                                    "` has no rollback alarms: nothing triggers an automatic "
                                    "rollback");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_DEP002() { return std::make_unique<NoGradualDeployment>(); }

}  // namespace lambdalint::rules

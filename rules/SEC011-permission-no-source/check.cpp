// SEC011 permission-no-source: a service may invoke the function on behalf of any account
// (the confused deputy), because its permission names no source.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class PermissionNoSource final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions)
      for (const model::Permission& p : fn.permissions) {
        const std::optional<std::string> principal = writtenText(p.principal);
        if (!principal || !principal->ends_with(".amazonaws.com")) continue;
        if (p.sourceArn.present() || p.sourceAccount.present()) continue;
        ctx.report(p.principal.where.known() ? p.principal.where : p.where,
                   "permission `" + p.id + "` lets `" + *principal + "` invoke `" + fn.label() +
                       "` for any resource of any account: add SourceArn (the calling " +
                       model::triggerKindName(model::triggerKindOfPrincipal(*principal)) +
                       ") or SourceAccount");
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC011() { return std::make_unique<PermissionNoSource>(); }

}  // namespace lambdalint::rules

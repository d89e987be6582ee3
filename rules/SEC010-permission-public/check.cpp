// SEC010 permission-public: a resource-based permission lets every AWS account invoke the
// function.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class PermissionPublic final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions)
      for (const model::Permission& p : fn.permissions) {
        const std::optional<std::string> principal = writtenText(p.principal);
        if (!principal || principal->find('*') == std::string::npos) continue;
        // Any of these limits who may call: not public.
        if (p.sourceArn.present() || p.sourceAccount.present() || p.principalOrgId.present()) continue;
        // A public function URL is SEC005's (it reports the URL's AuthType NONE): the
        // InvokeFunctionUrl permission, and the InvokeFunction one limited to URL calls.
        if (writtenText(p.functionUrlAuthType) == "NONE") continue;
        const std::optional<std::string> viaUrl = writtenText(p.invokedViaFunctionUrl);
        if (viaUrl && (*viaUrl == "true" || *viaUrl == "True")) continue;
        ctx.report(p.principal.where.known() ? p.principal.where : p.where,
                   "permission `" + p.id + "` lets any principal of any AWS account (`" + *principal +
                       "`) invoke `" + fn.label() +
                       "`: name the account or service that calls it, or add SourceAccount or "
                       "PrincipalOrgID");
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC010() { return std::make_unique<PermissionPublic>(); }

}  // namespace lambdalint::rules

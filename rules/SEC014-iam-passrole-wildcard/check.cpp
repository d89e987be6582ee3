// SEC014 iam-passrole-wildcard: an execution role may pass any role of the account to a
// service, the first half of most privilege escalations.
#include <memory>
#include <string>

#include "lambdalint/engine/role_findings.hpp"
#include "lambdalint/iam/iam.hpp"

namespace lambdalint::rules {
namespace {

class IamPassRoleWildcard final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    RoleFindings out;
    for (const RoleUse& use : functionsByRole(ctx.project()))
      for (const model::Policy& policy : use.role->policies) {
        if (isBroadManagedPolicy(policy)) continue;  // SEC002 reports the whole policy
        for (const model::PolicyStatement& st : policy.statements) {
          // A Condition (iam:PassedToService...) narrows what may be passed: not reported.
          if (!st.allow || st.notAction || st.conditional) continue;
          const model::Value* every = everyResourceOf(st);
          if (!every) continue;
          for (const model::Value& a : st.actions) {
            if (!a.isLiteral() || isBroadWildcard(a.text) || !iam::actionMatches(a.text, "iam:PassRole"))
              continue;
            out.add(every->where.known() ? every->where : st.where,
                    "`" + a.text + "` on " + (st.notResource ? "`NotResource`" : "`" + every->text + "`") +
                        " lets the code hand any role of the account, administrators' included, "
                        "to a new function, instance or stack and act as that role",
                    use, a.where, "the action");
            break;
          }
        }
      }
    out.report(ctx, "name the roles it may pass (their ARNs) and add an `iam:PassedToService` condition");
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC014() { return std::make_unique<IamPassRoleWildcard>(); }

}  // namespace lambdalint::rules

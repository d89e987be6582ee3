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
    forEachWildcardGrant(ctx.project(), [&](const WildcardGrant& g) {
      if (!iam::actionMatches(g.action.text, "iam:PassRole")) return false;
      const model::PolicyStatement& st = g.statement;
      out.add(g.resource.where.known() ? g.resource.where : st.where,
              "`" + g.action.text + "` on " +
                  (st.notResource ? "`NotResource`" : "`" + g.resource.text + "`") +
                  " lets the code hand any role of the account, administrators' included, "
                  "to a new function, instance or stack and act as that role",
              g.use, g.action.where, "the action");
      return true;  // one finding per statement
    });
    out.report(ctx, "name the roles it may pass (their ARNs) and add an `iam:PassedToService` condition");
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC014() { return std::make_unique<IamPassRoleWildcard>(); }

}  // namespace lambdalint::rules

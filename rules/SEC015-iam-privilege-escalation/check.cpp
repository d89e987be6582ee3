// SEC015 iam-privilege-escalation: an execution role allows, on every resource, an action
// (or a pair of actions) that lets its code give itself more permissions.
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/engine/role_findings.hpp"
#include "lambdalint/iam/iam.hpp"

namespace lambdalint::rules {
namespace {

// Whether some Allow statement of the role grants `action` on every resource (any pattern,
// wildcards included: the second half of a pair may come from anywhere).
bool grantsOnEverything(const model::Role& role, const std::string& action) {
  for (const model::Policy& p : role.policies)
    for (const model::PolicyStatement& st : p.statements) {
      if (!st.allow || st.notAction || st.conditional || !everyResourceOf(st)) continue;
      for (const model::Value& a : st.actions)
        if (a.isLiteral() && iam::actionMatches(a.text, action)) return true;
    }
  return false;
}

class IamPrivilegeEscalation final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    RoleFindings out;
    // `*` and `iam:*` are SEC002's; patterns such as `iam:Put*` are reported here.
    forEachWildcardGrant(ctx.project(), [&](const WildcardGrant& g) {
      const model::Value& a = g.action;
      for (const RiskyAction& risky : privilegeEscalationActions()) {
        if (!iam::actionMatches(a.text, risky.action)) continue;
        bool pair = true;
        for (const std::string& other : risky.with) pair = pair && grantsOnEverything(*g.use.role, other);
        if (!pair) continue;
        std::string what = describeAction(a, risky);
        for (const std::string& other : risky.with) what += " together with `" + other + "`";
        what += " on every resource lets the code " + risky.why;
        out.add(a.where.known() ? a.where : g.statement.where, std::move(what), g.use);
        break;  // one finding per written action
      }
      return false;
    });
    out.report(ctx, "remove the action, or limit it to the resources the function manages");
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC015() { return std::make_unique<IamPrivilegeEscalation>(); }

}  // namespace lambdalint::rules

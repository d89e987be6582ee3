// SEC017 role-trust-any-principal: a function's execution role can be assumed by anyone, so
// anyone gets the function's permissions without going through the function.
#include <memory>
#include <string>

#include "lambdalint/engine/role_findings.hpp"

namespace lambdalint::rules {
namespace {

// `*`, or an AWS principal with a wildcard (`arn:aws:iam::*:root`): any account.
bool anyone(const std::string& type, const model::Value& v) {
  if (!v.isLiteral() || (type != "*" && type != "AWS")) return false;
  return v.text.find('*') != std::string::npos;
}

class RoleTrustAnyPrincipal final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    RoleFindings out;
    for (const RoleUse& use : functionsByRole(ctx.project()))
      for (const model::PolicyStatement& st : use.role->trust) {
        // A Condition (aws:PrincipalOrgID, sts:ExternalId...) decides who may: not judged.
        if (!st.allow || st.conditional) continue;
        if (st.notPrincipal && !st.principals.empty()) {
          out.add(st.principals.front().second.where, "`NotPrincipal` in an Allow trust statement lets "
                  "every principal of every account except the listed ones assume the role", use);
          continue;
        }
        for (const auto& [type, v] : st.principals) {
          if (!anyone(type, v)) continue;
          out.add(v.where.known() ? v.where : st.where,
                  "the trust policy lets any principal of any AWS account (`" + v.text +
                      "`) assume the role and act with the function's permissions",
                  use);
          break;
        }
      }
    out.report(ctx, "trust only `lambda.amazonaws.com` (and name any other principal that must assume it)");
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC017() { return std::make_unique<RoleTrustAnyPrincipal>(); }

}  // namespace lambdalint::rules

// SEC016 iam-sensitive-read-wildcard: an execution role may read secrets, parameters, objects
// or keys on every resource: what an attacker in the function would copy out.
#include <memory>
#include <string>

#include "lambdalint/engine/role_findings.hpp"
#include "lambdalint/iam/iam.hpp"

namespace lambdalint::rules {
namespace {

class IamSensitiveReadWildcard final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    RoleFindings out;
    for (const RoleUse& use : functionsByRole(ctx.project()))
      for (const model::Policy& policy : use.role->policies) {
        if (isBroadManagedPolicy(policy)) continue;  // SEC002 reports the whole policy
        for (const model::PolicyStatement& st : policy.statements) {
          if (!st.allow || st.notAction || st.conditional) continue;
          const model::Value* every = everyResourceOf(st);
          if (!every) continue;
          for (const model::Value& a : st.actions) {
            if (!a.isLiteral() || isBroadWildcard(a.text)) continue;  // SEC002's
            for (const RiskyAction& risky : sensitiveReadActions()) {
              if (!iam::actionMatches(a.text, risky.action)) continue;
              std::string what = "`" + a.text + "`";
              if (a.text != risky.action) what += " (which includes `" + risky.action + "`)";
              what += " on " + std::string(st.notResource ? "`NotResource`" : "`" + every->text + "`") +
                      " lets the code " + risky.why;
              out.add(a.where.known() ? a.where : st.where, std::move(what), use, every->where,
                      "the resources");
              break;  // one finding per written action
            }
          }
        }
      }
    out.report(ctx, "name the buckets, secrets, parameters or keys the function reads");
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC016() { return std::make_unique<IamSensitiveReadWildcard>(); }

}  // namespace lambdalint::rules

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
    forEachWildcardGrant(ctx.project(), [&](const WildcardGrant& g) {
      const model::Value& a = g.action;
      for (const RiskyAction& risky : sensitiveReadActions()) {
        if (!iam::actionMatches(a.text, risky.action)) continue;
        std::string what = describeAction(a, risky);
        what += " on " +
                std::string(g.statement.notResource ? "`NotResource`" : "`" + g.resource.text + "`") +
                " lets the code " + risky.why;
        out.add(a.where.known() ? a.where : g.statement.where, std::move(what), g.use,
                g.resource.where, "the resources");
        break;  // one finding per written action
      }
      return false;
    });
    out.report(ctx, "name the buckets, secrets, parameters or keys the function reads");
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC016() { return std::make_unique<IamSensitiveReadWildcard>(); }

}  // namespace lambdalint::rules

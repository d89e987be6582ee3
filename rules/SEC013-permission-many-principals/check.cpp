// SEC013 permission-many-principals: one function invoked by several kinds of caller, a sign
// that it does several jobs behind one role.
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class PermissionManyPrincipals final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      std::vector<std::string> principals;
      std::vector<const model::Permission*> first;  // the first permission of each principal
      for (const model::Permission& p : fn.permissions) {
        const std::optional<std::string> principal = writtenText(p.principal);
        if (!principal) continue;
        bool seen = false;
        for (const std::string& q : principals) seen = seen || q == *principal;
        if (seen) continue;
        principals.push_back(*principal);
        first.push_back(&p);
      }
      if (principals.size() < 2) continue;
      const model::Permission& at = *first[1];
      FindingBuilder b = ctx.report(
          at.principal.where.known() ? at.principal.where : at.where,
          "`" + fn.label() + "` may be invoked by " + std::to_string(principals.size()) +
              " different principals (" + joinIds(principals) +
              "): a function with one caller has one job and can have a role scoped to it; "
              "consider one function per caller");
      for (size_t i = 0; i < first.size(); ++i)
        if (i != 1) b.related(first[i]->principal.where.known() ? first[i]->principal.where : first[i]->where,
                              "principal `" + principals[i] + "`");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC013() { return std::make_unique<PermissionManyPrincipals>(); }

}  // namespace lambdalint::rules

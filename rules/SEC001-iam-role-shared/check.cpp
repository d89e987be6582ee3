// SEC001 iam-role-shared: one execution role used by two or more functions.
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

std::string describeRole(const model::Role& role, const model::Function& first) {
  if (!role.description.empty()) return role.description;
  if (!role.external) return "IAM role `" + role.id + "`";
  if (first.roleRef.kind == model::Value::Kind::ParameterRef)
    return "the IAM role passed in parameter `" + first.roleRef.name + "`";
  return "IAM role `" + role.id + "`";
}

class IamRoleShared final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    // Roles in order of first use, so findings come out in template order.
    for (const RoleUse& u : functionsByRole(ctx.project())) {
      if (u.role->implicit) continue;  // SAM generates one role per function
      if (u.functions.size() < 2) continue;
      const model::Role& role = *u.role;
      const model::Function& first = *u.functions.front();
      const bool inTemplate = !role.external && role.where.known();
      const Location& at = inTemplate ? role.where : first.roleRef.where;

      FindingBuilder b = ctx.report(
          at, describeRole(role, first) + " is the execution role of " +
                  std::to_string(u.functions.size()) + " functions (" +
                  joinIds(functionIds(u.functions)) +
                  "): each of them gets every permission any of them needs, and a flaw in one "
                  "exposes the others' data and actions; give each function its own role with "
                  "only the permissions it uses");

      // One related location per place a role is named (a shared Globals line counts once).
      SharedGroups<model::Value> sites;
      for (const model::Function* fn : u.functions)
        sites.add(*fn, fn->roleRef, fn->roleRef.where.known() ? fn->roleRef.where : fn->where);
      for (const Shared<model::Value>& s : sites)
        b.related(s.where, functionList(s.ids()) + " use" +
                               (s.functions.size() > 1 ? "" : "s") + " the role here");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC001() { return std::make_unique<IamRoleShared>(); }

}  // namespace lambdalint::rules

// SEC001 iam-role-shared: one execution role used by two or more functions.
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"

namespace lambdalint::rules {
namespace {

bool sameLocation(const Location& a, const Location& b) {
  return a.known() && b.known() && a.file == b.file && a.range.begin == b.range.begin;
}

std::string joinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out += (i + 1 == ids.size()) ? " and " : ", ";
    out += "`" + ids[i] + "`";
  }
  return out;
}

std::string describeRole(const model::Role& role, const model::Function& first) {
  if (!role.external) return "IAM role `" + role.id + "`";
  if (first.roleRef.kind == model::Value::Kind::ParameterRef)
    return "the IAM role passed in parameter `" + first.roleRef.name + "`";
  return "IAM role `" + role.id + "`";
}

class IamRoleShared final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    struct Use {
      const model::Role* role;
      std::vector<const model::Function*> functions;
    };
    std::vector<Use> uses;  // in order of first use, so findings come out in template order
    for (const model::Function& fn : ctx.project().functions) {
      if (!fn.role || fn.role->implicit) continue;  // SAM generates one role per function
      Use* use = nullptr;
      for (Use& u : uses)
        if (u.role == fn.role) use = &u;
      if (!use) use = &uses.emplace_back(Use{fn.role, {}});
      use->functions.push_back(&fn);
    }

    for (const Use& u : uses) {
      if (u.functions.size() < 2) continue;
      const model::Role& role = *u.role;
      const model::Function& first = *u.functions.front();
      const bool inTemplate = !role.external && role.where.known();
      const Location& at = inTemplate ? role.where : first.roleRef.where;

      std::vector<std::string> ids;
      for (const model::Function* fn : u.functions) ids.push_back(fn->id);
      FindingBuilder b = ctx.report(
          at, describeRole(role, first) + " is the execution role of " +
                  std::to_string(u.functions.size()) + " functions (" + joinIds(ids) +
                  "): each of them gets every permission any of them needs, and a flaw in one "
                  "exposes the others' data and actions; give each function its own role with "
                  "only the permissions it uses");

      // One related location per place a role is named (a shared Globals line counts once).
      struct Site {
        const Location* where;
        std::vector<std::string> functions;
      };
      std::vector<Site> sites;
      for (const model::Function* fn : u.functions) {
        const Location& w = fn->roleRef.where.known() ? fn->roleRef.where : fn->where;
        Site* site = nullptr;
        for (Site& s : sites)
          if (sameLocation(*s.where, w)) site = &s;
        if (!site) site = &sites.emplace_back(Site{&w, {}});
        site->functions.push_back(fn->id);
      }
      for (const Site& s : sites)
        b.related(*s.where, (s.functions.size() > 1 ? "functions " : "function ") +
                                joinIds(s.functions) + " use" +
                                (s.functions.size() > 1 ? "" : "s") + " the role here");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC001() { return std::make_unique<IamRoleShared>(); }

}  // namespace lambdalint::rules

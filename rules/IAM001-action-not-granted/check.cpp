// IAM001 action-not-granted: the handler calls an AWS API that the function's role does not
// allow (or explicitly denies): a certain AccessDenied at run time.
#include <map>
#include <memory>
#include <tuple>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"
#include "lambdalint/iam/iam.hpp"

namespace lambdalint::rules {
namespace {

std::string roleName(const model::Role& role) {
  if (role.implicit) return "its generated role `" + role.id + "`";
  return "role `" + role.id + "`";
}

class ActionNotGranted final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    struct Group {
      const iam::UsedAction* use = nullptr;
      const model::Role* role = nullptr;
      const model::PolicyStatement* deniedBy = nullptr;
      std::vector<const model::Function*> functions;
    };
    // One finding per call, action and role, naming every function that shares them.
    std::vector<Group> groups;
    std::map<std::tuple<const model::SdkCall*, std::string, const model::Role*>, size_t> index;
    std::vector<iam::Usage> usages;
    usages.reserve(ctx.project().functions.size());
    for (const model::Function& fn : ctx.project().functions) {
      if (!fn.role) continue;
      bool known = iam::roleKnown(*fn.role);
      const iam::Usage& usage = usages.emplace_back(iam::usageOf(fn));
      for (const iam::UsedAction& a : usage.actions) {
        iam::Decision d = iam::evaluate(*fn.role, a.action, a.target);
        bool denied = d.denied == iam::Tri::Yes;
        if (!denied && !(known && d.allowed == iam::Tri::No)) continue;
        auto [it, inserted] = index.emplace(std::make_tuple(a.call, a.action, fn.role), groups.size());
        if (inserted) groups.push_back(Group{&a, fn.role, denied ? d.deniedBy : nullptr, {}});
        groups[it->second].functions.push_back(&fn);
      }
    }
    for (const Group& g : groups) {
      const iam::UsedAction& a = *g.use;
      std::string on = a.target.logicalId.empty()
                           ? std::string()
                           : " on `" + a.target.logicalId + "` (environment variable `" +
                                 a.target.envVar + "`)";
      std::string subject = "the handler of " + functionList(functionIds(g.functions));
      std::string message =
          subject + " calls `" + a.call->operation + "`, which needs `" + a.action + "`" + on +
          ", but " + roleName(*g.role) +
          (g.deniedBy ? " denies it explicitly" : " does not allow it") +
          ": the call fails with AccessDenied; grant it (`lambdalint policy` prints the "
          "minimal policy)";
      auto f = ctx.report(a.call->where, message);
      if (g.deniedBy) f.related(g.deniedBy->where, "the statement that denies `" + a.action + "`");
      f.related(g.role->where.known() ? g.role->where : g.functions.front()->where,
                g.role->implicit ? "the function whose generated role lacks it"
                                 : "role `" + g.role->id + "`");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_IAM001() { return std::make_unique<ActionNotGranted>(); }

}  // namespace lambdalint::rules

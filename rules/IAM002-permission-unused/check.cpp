// IAM002 permission-unused: the role allows actions that no code path of its functions uses.
// Only for roles whose functions' code is completely known (iam::Usage::complete).
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"
#include "lambdalint/iam/iam.hpp"

namespace lambdalint::rules {
namespace {

using model::Policy;

// Whether the action entry `entry` of statement `st` is needed by one of `usages`.
bool used(const model::PolicyStatement& st, const model::Value& entry,
          const std::vector<const iam::Usage*>& usages) {
  // The statement with only this action; copied only when an action of the code matches.
  std::optional<model::PolicyStatement> one;
  auto onlyThisAction = [&]() -> const model::PolicyStatement& {
    if (!one) {
      one = st;
      one->actions = {entry};
      one->notAction = false;
      one->conditional = false;
    }
    return *one;
  };
  for (const iam::Usage* u : usages) {
    for (std::string_view p : u->platform)
      if (iam::actionMatches(entry.text, p)) return true;
    for (const std::string& m : u->mayNeed)
      if (iam::actionMatches(entry.text, m) || iam::actionMatches(m, entry.text)) return true;
    for (const iam::UsedAction& a : u->actions)
      if (iam::actionMatches(entry.text, a.action) &&
          iam::statementApplies(onlyThisAction(), a.action, a.target) != iam::Tri::No)
        return true;
  }
  return false;
}

// The edit that removes an action written alone on a YAML block-sequence line, or nullopt.
std::optional<Location> lineToDelete(const model::Value& entry) {
  const Location& w = entry.where;
  if (!w.known() || w.range.begin.line != w.range.end.line) return std::nullopt;
  const std::string& path = w.file->path();
  if (path.size() >= 5 && path.substr(path.size() - 5) == ".json") return std::nullopt;
  std::string_view line = w.file->line(w.range.begin.line);
  if (w.range.begin.column < 1 || w.range.end.column - 1 > line.size()) return std::nullopt;
  std::string_view before = line.substr(0, w.range.begin.column - 1);
  std::string_view after = line.substr(w.range.end.column - 1);
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
  };
  // The scalar may be quoted: its range may or may not include the quotes.
  before = trim(before);
  if (!before.empty() && (before.back() == '"' || before.back() == '\'')) before = trim(before.substr(0, before.size() - 1));
  after = trim(after);
  if (!after.empty() && (after.front() == '"' || after.front() == '\'')) after = trim(after.substr(1));
  if (before != "-" || !(after.empty() || after.front() == '#')) return std::nullopt;
  Location del;
  del.file = w.file;
  del.range.begin = {w.range.begin.line, 1};
  if (w.range.begin.line < w.file->lineCount())
    del.range.end = {w.range.begin.line + 1, 1};
  else
    del.range.end = {w.range.begin.line, static_cast<uint32_t>(line.size() + 1)};
  return del;
}

// Whether lambdalint's table knows the action's service, so that its absence from the code
// means something: a service called without an SDK client lambdalint recognises (an IoT MQTT
// connection, a QLDB driver, a signed AppSync request) is not reported. "*" is SEC002's.
bool knownService(std::string_view action) {
  size_t colon = action.find(':');
  if (colon == std::string_view::npos) return false;
  std::string prefix = iam::normalizeService(action.substr(0, colon));
  for (const iam::ServiceEntry& s : iam::services())
    if (iam::normalizeService(s.prefix) == prefix) return true;
  return false;
}

std::string policyLabel(const Policy& p) {
  if (p.origin == Policy::Origin::PolicyTemplate) return "SAM policy template `" + p.name + "`";
  std::string name = p.managedArn.text.empty() ? p.name : p.managedArn.text;
  return "managed policy `" + name + "`";
}

class PermissionUnused final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const model::Project& project = ctx.project();
    std::map<const model::Function*, iam::Usage> usage;
    for (const model::Function& fn : project.functions) usage.emplace(&fn, iam::usageOf(fn));
    // Policy resources attached to several roles: every function of every such role counts.
    std::map<std::string, std::vector<const model::Function*>> attachedUsers;
    std::vector<RoleUse> roles = functionsByRole(project);
    for (const RoleUse& ru : roles)
      for (const Policy& p : ru.role->policies)
        if (p.origin == Policy::Origin::Attached)
          for (const model::Function* fn : ru.functions) attachedUsers[p.name].push_back(fn);
    std::set<std::string> attachedDone;

    for (const RoleUse& ru : roles) {
      const model::Role& role = *ru.role;
      if (role.external) continue;
      for (const Policy& p : role.policies) {
        const std::vector<const model::Function*>& fns =
            p.origin == Policy::Origin::Attached ? attachedUsers[p.name] : ru.functions;
        if (p.origin == Policy::Origin::Attached && !attachedDone.insert(p.name).second) continue;
        std::vector<const iam::Usage*> usages;
        bool complete = !fns.empty();
        for (const model::Function* fn : fns) {
          const iam::Usage& u = usage.at(fn);
          complete &= u.complete;
          usages.push_back(&u);
        }
        if (!complete) continue;
        bool catalog = p.origin == Policy::Origin::AwsManaged ||
                       p.origin == Policy::Origin::PolicyTemplate;
        if (catalog) {
          if (!p.expanded) continue;
          checkCatalogPolicy(ctx, p, fns, usages);
        } else {
          checkStatements(ctx, p, fns, usages);
        }
      }
    }
  }

 private:
  static std::string fixText(const std::vector<const model::Function*>& fns,
                             const std::vector<const iam::Usage*>& usages) {
    iam::Usage all;
    for (const iam::Usage* u : usages) all.actions.insert(all.actions.end(), u->actions.begin(), u->actions.end());
    std::vector<iam::MinimalStatement> minimal = iam::minimalPolicy(all);
    std::string text = "the minimal policy the code of " + functionList(functionIds(fns)) +
                       " needs";
    if (minimal.empty()) return text + " is empty: it calls no AWS API";
    return text + " (besides what Lambda itself needs, e.g. AWSLambdaBasicExecutionRole):\n" +
           iam::policyYaml(minimal);
  }

  static void checkCatalogPolicy(const RuleContext& ctx, const Policy& p,
                                 const std::vector<const model::Function*>& fns,
                                 const std::vector<const iam::Usage*>& usages) {
    std::vector<std::string> actions;
    for (const model::PolicyStatement& st : p.statements) {
      if (!st.allow || st.notAction) return;
      for (const model::Value& a : st.actions) {
        if (a.kind != model::Value::Kind::Literal || used(st, a, usages)) return;
        if (knownService(a.text)) actions.push_back(a.text);
      }
    }
    if (actions.empty()) return;
    std::string list;
    for (size_t i = 0; i < actions.size() && i < 4; ++i) list += (i ? ", `" : "`") + actions[i] + "`";
    if (actions.size() > 4) list += " and " + std::to_string(actions.size() - 4) + " more";
    auto f = ctx.report(p.where, policyLabel(p) + " grants " + list + ", but no code path of " +
                                     functionList(functionIds(fns)) +
                                     " uses any of them; remove it");
    // No edit: removing a list item safely needs its whole entry, which a policy's location
    // does not give; the description carries the policy to use instead.
    f.suggest("remove the policy; " + fixText(fns, usages));
  }

  static void checkStatements(const RuleContext& ctx, const Policy& p,
                              const std::vector<const model::Function*>& fns,
                              const std::vector<const iam::Usage*>& usages) {
    for (const model::PolicyStatement& st : p.statements) {
      if (!st.allow || st.notAction) continue;
      std::vector<const model::Value*> unused;
      for (const model::Value& a : st.actions) {
        if (a.kind != model::Value::Kind::Literal || !knownService(a.text)) continue;
        if (!used(st, a, usages)) unused.push_back(&a);
      }
      bool all = !unused.empty() && unused.size() == st.actions.size();
      for (const model::Value* a : unused) {
        std::string message = "`" + a->text + "` is allowed" +
                              ", but no code path of " +
                              functionList(functionIds(fns)) + " uses it" +
                              (st.resources.empty() ? "" : " on the statement's resources") +
                              "; remove it";
        auto f = ctx.report(a->where, message);
        std::string fix = "remove `" + a->text + "`; " + fixText(fns, usages);
        std::optional<Location> del = all ? std::nullopt : lineToDelete(*a);
        if (del) f.fix(fix, *del, "");
        else f.suggest(fix);  // no safe edit: the action is not alone on its line
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_IAM002() { return std::make_unique<PermissionUnused>(); }

}  // namespace lambdalint::rules

#include "lambdalint/engine/role_findings.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "lambdalint/data/embedded.hpp"
#include "lambdalint/model/policy_catalog.hpp"

namespace lambdalint {
namespace {

struct RiskyTables {
  std::vector<RiskyAction> escalation, reads;
};

std::vector<RiskyAction> readList(const nlohmann::json& list) {
  std::vector<RiskyAction> out;
  if (!list.is_array()) return out;
  for (const auto& e : list) {
    RiskyAction a;
    a.action = e.value("action", "");
    a.why = e.value("why", "");
    for (const auto& w : e.value("with", nlohmann::json::array())) a.with.push_back(w.get<std::string>());
    out.push_back(std::move(a));
  }
  return out;
}

// Parsed once; the table is part of the binary, so a malformed one fails every test run.
const RiskyTables& tables() {
  static const RiskyTables t = [] {
    RiskyTables out;
    const auto j = nlohmann::json::parse(data::embedded("iam-risky-actions.json"), nullptr, false);
    if (j.is_discarded()) return out;
    out.escalation = readList(j.value("privilegeEscalation", nlohmann::json::array()));
    out.reads = readList(j.value("sensitiveReads", nlohmann::json::array()));
    return out;
  }();
  return t;
}

void addUnique(std::vector<std::string>& v, const std::string& s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

}  // namespace

const std::vector<RiskyAction>& privilegeEscalationActions() { return tables().escalation; }
const std::vector<RiskyAction>& sensitiveReadActions() { return tables().reads; }

std::string describeAction(const model::Value& written, const RiskyAction& risky) {
  std::string what = "`" + written.text + "`";
  if (written.text != risky.action) what += " (which includes `" + risky.action + "`)";
  return what;
}

bool isBroadWildcard(std::string_view action) {
  if (action == "*" || action == "*:*") return true;
  const size_t colon = action.find(':');
  return colon != std::string_view::npos && action.substr(colon + 1) == "*";
}

bool isBroadManagedPolicy(const model::Policy& policy) {
  if (policy.origin != model::Policy::Origin::AwsManaged) return false;
  const std::string name =
      model::awsManagedPolicyName(policy.managedArn.text.empty() ? policy.name : policy.managedArn.text);
  return name == "AdministratorAccess" || name == "PowerUserAccess" ||
         (name.size() > 10 && name.ends_with("FullAccess"));
}

bool coversEveryResource(const model::Value& r) {
  std::string_view text;
  if (r.kind == model::Value::Kind::Literal || r.kind == model::Value::Kind::Unknown) text = r.text;
  if (text == "*") return true;
  if (text.rfind("arn:", 0) != 0) return false;
  // arn:partition:service:region:account:resource; the resource part may hold colons, and
  // so do substitutions (${AWS::Partition}), which are skipped.
  size_t at = std::string_view::npos;
  int colons = 0;
  for (size_t i = 0, depth = 0; i < text.size() && colons < 5; ++i) {
    if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '{') ++depth;
    else if (text[i] == '}' && depth > 0) --depth;
    else if (text[i] == ':' && depth == 0 && ++colons == 5) at = i;
  }
  if (at == std::string_view::npos) return false;
  std::string_view resource = text.substr(at + 1);
  // "*", "*/*", or "type/*" / "type:*" (every parameter, every secret...).
  if (resource == "*" || resource == "*/*") return true;
  const size_t sep = resource.find_first_of("/:");
  if (sep == std::string_view::npos || sep == 0) return false;
  std::string_view type = resource.substr(0, sep);
  if (type.find_first_of("*${") != std::string_view::npos) return false;
  return resource.substr(sep + 1) == "*";
}

const model::Value* everyResourceOf(const model::PolicyStatement& st) {
  if (st.notResource) return st.resources.empty() ? nullptr : &st.resources.front();
  for (const model::Value& r : st.resources)
    if (coversEveryResource(r)) return &r;
  return nullptr;
}

void forEachWildcardGrant(const model::Project& project,
                          const std::function<bool(const WildcardGrant&)>& visit) {
  for (const RoleUse& use : functionsByRole(project))
    for (const model::Policy& policy : use.role->policies) {
      if (isBroadManagedPolicy(policy)) continue;
      for (const model::PolicyStatement& st : policy.statements) {
        // A Condition narrows the grant (iam:PassedToService...): not judged.
        if (!st.allow || st.notAction || st.conditional) continue;
        const model::Value* every = everyResourceOf(st);
        if (!every) continue;
        for (const model::Value& a : st.actions) {
          if (!a.isLiteral() || isBroadWildcard(a.text)) continue;
          if (visit(WildcardGrant{use, st, *every, a})) break;
        }
      }
    }
}

void RoleFindings::add(const Location& where, std::string what, const RoleUse& use,
                       const Location& related, std::string relatedMessage) {
  Pending* p = nullptr;
  for (Pending& q : pending_)
    if (q.what == what && sameLocation(q.where, where)) p = &q;
  if (!p) p = &pending_.emplace_back(Pending{where, std::move(what), {}, {}, false, related,
                                             std::move(relatedMessage)});
  if (use.role->implicit)
    p->samPolicies = true;
  else
    addUnique(p->roles, use.role->id);
  for (const model::Function* f : use.functions) addUnique(p->functions, f->label());
}

void RoleFindings::report(const RuleContext& ctx, std::string_view advice) const {
  for (const Pending& p : pending_) {
    const bool many = p.functions.size() > 1;
    std::string msg = p.what + "; " + functionList(p.functions) + (many ? " get" : " gets") +
                      " this permission";
    if (!p.roles.empty())
      msg += std::string(p.roles.size() > 1 ? " through roles " : " through role ") + joinIds(p.roles);
    else if (p.samPolicies)
      msg += many ? " through their SAM `Policies`" : " through its SAM `Policies`";
    msg += ": ";
    msg += advice;
    FindingBuilder b = ctx.report(p.where, std::move(msg));
    if (p.related.known()) b.related(p.related, p.relatedMessage);
  }
}

}  // namespace lambdalint

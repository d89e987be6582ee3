// The minimal policy a function's code needs, as JSON or as YAML for a template.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "lambdalint/iam/iam.hpp"

namespace lambdalint::iam {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

// The resources an action on `a.target` needs, as the template can name them.
std::vector<ResourceExpr> resourcesOf(const UsedAction& a) {
  const ServiceEntry* s = nullptr;
  if (a.call) s = lookup(a.call->service, a.call->operation).service;
  if (!s || a.target.logicalId.empty() || s->arn.empty()) return {ResourceExpr{}};
  const std::string& id = a.target.logicalId;
  if (a.target.objectLevel) return {ResourceExpr{ResourceExpr::Kind::Sub, "${" + id + ".Arn}/*"}};
  ResourceExpr self = s->arn == "Ref" ? ResourceExpr{ResourceExpr::Kind::Ref, id}
                                      : ResourceExpr{ResourceExpr::Kind::GetAttArn, id};
  if (contains(s->indexActions, a.action))
    return {self, ResourceExpr{ResourceExpr::Kind::Sub, "${" + id + ".Arn}/index/*"}};
  return {self};
}

nlohmann::ordered_json resourceJson(const ResourceExpr& r) {
  switch (r.kind) {
    case ResourceExpr::Kind::Any: return "*";
    case ResourceExpr::Kind::GetAttArn: return {{"Fn::GetAtt", {r.text, "Arn"}}};
    case ResourceExpr::Kind::Ref: return {{"Ref", r.text}};
    case ResourceExpr::Kind::Sub: return {{"Fn::Sub", r.text}};
  }
  return "*";
}

std::string resourceYaml(const ResourceExpr& r) {
  switch (r.kind) {
    case ResourceExpr::Kind::Any: return "\"*\"";
    case ResourceExpr::Kind::GetAttArn: return "!GetAtt " + r.text + ".Arn";
    case ResourceExpr::Kind::Ref: return "!Ref " + r.text;
    case ResourceExpr::Kind::Sub: return "!Sub \"" + r.text + "\"";
  }
  return "\"*\"";
}

}  // namespace

std::vector<MinimalStatement> minimalPolicy(const Usage& usage) {
  std::vector<MinimalStatement> out;
  for (const UsedAction& a : usage.actions) {
    std::vector<ResourceExpr> resources = resourcesOf(a);
    auto it = std::find_if(out.begin(), out.end(),
                           [&](const MinimalStatement& s) { return s.resources == resources; });
    if (it == out.end()) {
      out.push_back(MinimalStatement{{}, std::move(resources)});
      it = out.end() - 1;
    }
    if (!contains(it->actions, a.action)) it->actions.push_back(a.action);
  }
  for (MinimalStatement& s : out) std::sort(s.actions.begin(), s.actions.end());
  // An action granted on every resource needs no narrower statement.
  std::vector<std::string> everywhere;
  for (const MinimalStatement& s : out)
    if (s.resources.size() == 1 && s.resources[0].kind == ResourceExpr::Kind::Any)
      everywhere.insert(everywhere.end(), s.actions.begin(), s.actions.end());
  for (MinimalStatement& s : out) {
    if (s.resources.size() == 1 && s.resources[0].kind == ResourceExpr::Kind::Any) continue;
    std::erase_if(s.actions, [&](const std::string& a) { return contains(everywhere, a); });
  }
  std::erase_if(out, [](const MinimalStatement& s) { return s.actions.empty(); });
  return out;
}

std::string policyJson(const std::vector<MinimalStatement>& statements) {
  nlohmann::ordered_json doc;
  doc["Version"] = "2012-10-17";
  doc["Statement"] = nlohmann::ordered_json::array();
  for (const MinimalStatement& s : statements) {
    nlohmann::ordered_json st;
    st["Effect"] = "Allow";
    st["Action"] = s.actions;
    nlohmann::ordered_json resources = nlohmann::ordered_json::array();
    for (const ResourceExpr& r : s.resources) resources.push_back(resourceJson(r));
    st["Resource"] = std::move(resources);
    doc["Statement"].push_back(std::move(st));
  }
  return doc.dump(2) + "\n";
}

std::string policyYaml(const std::vector<MinimalStatement>& statements, int indent) {
  std::string pad(static_cast<size_t>(std::max(indent, 0)), ' ');
  std::string out = pad + "Version: \"2012-10-17\"\n" + pad + "Statement:";
  if (statements.empty()) return out + " []\n";
  out += "\n";
  for (const MinimalStatement& s : statements) {
    out += pad + "  - Effect: Allow\n" + pad + "    Action:\n";
    for (const std::string& a : s.actions) out += pad + "      - " + a + "\n";
    out += pad + "    Resource:\n";
    for (const ResourceExpr& r : s.resources) out += pad + "      - " + resourceYaml(r) + "\n";
  }
  return out;
}

}  // namespace lambdalint::iam

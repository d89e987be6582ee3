#include "lambdalint/model/policy_catalog.hpp"

#include <nlohmann/json.hpp>

#include "lambdalint/data/embedded.hpp"

namespace lambdalint::model {
namespace {

constexpr std::string_view kCatalogFile = "iam-policy-catalog.json";

std::vector<CatalogPolicy> readTable(const nlohmann::json& table) {
  std::vector<CatalogPolicy> out;
  if (!table.is_object()) return out;
  for (const auto& [name, entry] : table.items()) {
    CatalogPolicy p;
    p.name = name;
    for (const auto& param : entry.value("parameters", nlohmann::json::array()))
      p.parameters.push_back(param.get<std::string>());
    for (const auto& g : entry.value("grants", nlohmann::json::array())) {
      CatalogGrant grant;
      const nlohmann::json& on = g.at("on");
      if (on.is_array()) {
        grant.on = CatalogGrant::On::Parameters;
        for (const auto& param : on) grant.parameters.push_back(param.get<std::string>());
      } else {
        grant.on = on == "*" ? CatalogGrant::On::EveryResource : CatalogGrant::On::Fixed;
      }
      for (const auto& a : g.at("actions")) grant.actions.push_back(a.get<std::string>());
      p.grants.push_back(std::move(grant));
    }
    out.push_back(std::move(p));
  }
  return out;
}

struct Catalog {
  std::vector<CatalogPolicy> templates, managed;
};

// Parsed once; the table is part of the binary, so a malformed one fails every test run.
const Catalog& catalog() {
  static const Catalog c = [] {
    Catalog out;
    const auto j = nlohmann::json::parse(data::embedded(kCatalogFile), nullptr, false);
    if (j.is_discarded()) return out;
    out.templates = readTable(j.value("policyTemplates", nlohmann::json::object()));
    out.managed = readTable(j.value("managedPolicies", nlohmann::json::object()));
    return out;
  }();
  return c;
}

const CatalogPolicy* find(const std::vector<CatalogPolicy>& table, std::string_view name) {
  for (const CatalogPolicy& p : table)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace

const std::vector<CatalogPolicy>& samPolicyTemplates() { return catalog().templates; }
const std::vector<CatalogPolicy>& awsManagedPolicies() { return catalog().managed; }

const CatalogPolicy* samPolicyTemplate(std::string_view name) {
  return find(catalog().templates, name);
}

const CatalogPolicy* awsManagedPolicy(std::string_view name) {
  return find(catalog().managed, name);
}

std::string awsManagedPolicyName(std::string_view text) {
  if (text.rfind("arn:", 0) == 0) {
    constexpr std::string_view kMarker = ":iam::aws:policy/";
    const size_t marker = text.find(kMarker);
    if (marker == std::string_view::npos) return {};  // a customer managed policy
    text.remove_prefix(marker + kMarker.size());
  }
  const size_t slash = text.rfind('/');
  if (slash != std::string_view::npos) text.remove_prefix(slash + 1);
  return std::string(text);
}

}  // namespace lambdalint::model

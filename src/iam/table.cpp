// The SDK operation -> IAM action table (data/sdk-iam-actions.json, embedded at build time).
#include <cctype>
#include <map>

#include <nlohmann/json.hpp>

#include "lambdalint/data/embedded.hpp"
#include "lambdalint/iam/iam.hpp"

namespace lambdalint::iam {
namespace {

constexpr std::string_view kTableFile = "sdk-iam-actions.json";

std::vector<std::string> strings(const nlohmann::json& j) {
  std::vector<std::string> out;
  if (!j.is_array()) return out;
  for (const auto& s : j)
    if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}

struct Table {
  std::vector<ServiceEntry> services;
  std::map<std::string, size_t> byName;  // normalised SDK name -> index
  std::map<std::string, std::vector<std::string>, std::less<>> platform;
  ServiceEntry clientMethods;  // methods of every client that are not API operations
};

// Parsed once; the table is part of the binary, so a malformed one fails every test run.
const Table& table() {
  static const Table t = [] {
    Table out;
    const auto j = nlohmann::json::parse(data::embedded(kTableFile), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return out;
    // (each table bound to a name: items() of a temporary would dangle in the loop)
    const nlohmann::json services = j.value("services", nlohmann::json::object());
    for (const auto& [key, entry] : services.items()) {
      if (!entry.is_object()) continue;
      ServiceEntry s;
      s.key = key;
      s.prefix = entry.value("prefix", key);
      for (const std::string& n : strings(entry.value("names", nlohmann::json::array())))
        s.names.push_back(normalizeService(n));
      s.arn = entry.value("arn", "");
      s.objectActions = strings(entry.value("objectActions", nlohmann::json::array()));
      s.indexActions = strings(entry.value("indexActions", nlohmann::json::array()));
      s.mayNeed = strings(entry.value("mayNeed", nlohmann::json::array()));
      const nlohmann::json operations = entry.value("operations", nlohmann::json::object());
      for (const auto& [op, v] : operations.items()) {
        ServiceEntry::Operation o;
        o.name = canonicalOperation(op);
        if (v.is_null()) {
          o.dependsOnArguments = true;
        } else if (v.is_object()) {
          o.actions = strings(v.value("actions", nlohmann::json::array()));
          o.mayNeed = strings(v.value("mayNeed", nlohmann::json::array()));
        } else {
          o.actions = strings(v);
        }
        s.operations.push_back(std::move(o));
      }
      out.services.push_back(std::move(s));
    }
    for (size_t i = 0; i < out.services.size(); ++i) {
      out.byName.emplace(normalizeService(out.services[i].key), i);
      for (const std::string& n : out.services[i].names) out.byName.emplace(n, i);
    }
    const nlohmann::json methods = j.value("clientMethods", nlohmann::json::object());
    for (const auto& [op, v] : methods.items()) {
      if (op == "about") continue;
      ServiceEntry::Operation o;
      o.name = canonicalOperation(op);
      o.dependsOnArguments = v.is_null();
      o.actions = strings(v);
      out.clientMethods.operations.push_back(std::move(o));
    }
    const nlohmann::json platform = j.value("platform", nlohmann::json::object());
    for (const auto& [key, list] : platform.items())
      out.platform[key] = strings(list);
    return out;
  }();
  return t;
}

}  // namespace

const std::vector<ServiceEntry>& services() { return table().services; }

const std::vector<std::string>& platformActions(std::string_view key) {
  static const std::vector<std::string> kNone;
  auto it = table().platform.find(key);
  return it == table().platform.end() ? kNone : it->second;
}

std::string normalizeService(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '-' || c == '_' || c == '.' || c == ' ') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string canonicalOperation(std::string_view op) {
  std::string out;
  bool upper = true;
  for (char c : op) {
    if (c == '_' || c == '.' || c == '-' || c == ' ') {
      upper = true;
      continue;
    }
    if (!std::isalnum(static_cast<unsigned char>(c))) continue;
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

const ServiceEntry* serviceByName(std::string_view sdkName) {
  const Table& t = table();
  auto it = t.byName.find(normalizeService(sdkName));
  return it == t.byName.end() ? nullptr : &t.services[it->second];
}

ActionLookup lookup(std::string_view sdkService, std::string_view operation) {
  ActionLookup out;
  out.service = sdkService.empty() ? nullptr : serviceByName(sdkService);
  if (!out.service) {
    out.status = ActionLookup::Status::UnknownService;
    return out;
  }
  out.operation = canonicalOperation(operation);
  if (out.operation.empty()) {
    out.status = ActionLookup::Status::Unresolved;
    return out;
  }
  out.mayNeed = out.service->mayNeed;
  for (const ServiceEntry::Operation& o : table().clientMethods.operations) {
    if (o.name != out.operation) continue;
    out.status = o.dependsOnArguments ? ActionLookup::Status::Unresolved : ActionLookup::Status::Mapped;
    return out;
  }
  for (const ServiceEntry::Operation& o : out.service->operations) {
    if (o.name != out.operation) continue;
    if (o.dependsOnArguments) {
      out.status = ActionLookup::Status::DependsOnArguments;
      return out;
    }
    out.status = ActionLookup::Status::Mapped;
    out.actions = o.actions;
    out.mayNeed.insert(out.mayNeed.end(), o.mayNeed.begin(), o.mayNeed.end());
    return out;
  }
  // A method of a sub-object (`bucket.objects.all`) that the table does not name: not an
  // API operation name, so prefix:Operation would be a guess.
  if (operation.find('.') != std::string_view::npos) {
    out.status = ActionLookup::Status::Unresolved;
    return out;
  }
  out.status = ActionLookup::Status::Mapped;
  out.actions.push_back(out.service->prefix + ":" + out.operation);
  return out;
}

}  // namespace lambdalint::iam

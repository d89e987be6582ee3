// Build-time generator: reads every rules/*/rule.yaml (the one source of truth for rule
// metadata) and writes the C++ catalog compiled into lambdalint.
//   rulegen OUT.cpp RULE_DIR...
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Option {
  std::string name, type, description;
  std::string defaultInit;  // C++ initializer of the OptionValue
};

struct Equivalent {
  std::string tool, ids;  // ids joined with ", "
};

struct Meta {
  std::string id, name, category, severity, summary, description, rationale, fix, bad, good,
      source, language;
  bool hasCheck = true;
  bool enabled = true;   // `enabled: false`: opt-in, off unless the configuration enables it
  bool fixable = false;  // `fixable: true`: findings carry a fix (SARIF `fixes`)
  std::vector<Option> options;
  std::vector<Equivalent> equivalents;
};

// The peer tools users compare us with, in the order the docs show them.
const char* const kPeerTools[] = {"cfn-lint", "checkov", "serverless-rules", "cfn_nag", "kics"};

// rule.yaml `equivalents:` maps a peer tool to the id (or list of ids) of its nearest rule.
std::vector<Equivalent> loadEquivalents(const YAML::Node& map, const fs::path& file) {
  std::vector<Equivalent> out;
  if (!map) return out;
  if (!map.IsMap()) throw std::runtime_error(file.string() + ": 'equivalents' must be a map");
  for (const auto& entry : map) {
    std::string tool = entry.first.as<std::string>();
    if (std::find(std::begin(kPeerTools), std::end(kPeerTools), tool) == std::end(kPeerTools))
      throw std::runtime_error(file.string() + ": equivalents: unknown tool '" + tool +
                               "' (cfn-lint, checkov, serverless-rules, cfn_nag, kics)");
  }
  for (const char* tool : kPeerTools) {
    const YAML::Node ids = map[tool];
    if (!ids) continue;
    Equivalent e{tool, {}};
    if (ids.IsSequence()) {
      for (const YAML::Node& id : ids) e.ids += (e.ids.empty() ? "" : ", ") + id.as<std::string>();
    } else {
      e.ids = ids.as<std::string>();
    }
    out.push_back(std::move(e));
  }
  return out;
}

std::string field(const YAML::Node& n, const char* key, const fs::path& file, bool required = true) {
  if (!n[key]) {
    if (!required) return {};
    throw std::runtime_error(file.string() + ": missing key '" + key + "'");
  }
  return n[key].as<std::string>();
}

// A raw string literal whose delimiter cannot occur in the text.
std::string raw(const std::string& s) {
  std::string delim = "md";
  while (s.find(")" + delim + "\"") != std::string::npos) delim += "x";
  return "R\"" + delim + "(" + s + ")" + delim + "\"";
}

// rule.yaml `options:` entries: name, type (boolean, integer, string, string-list), default,
// description. The default is checked against the type here, at build time.
std::vector<Option> loadOptions(const YAML::Node& list, const fs::path& file) {
  std::vector<Option> out;
  if (!list) return out;
  if (!list.IsSequence()) throw std::runtime_error(file.string() + ": 'options' must be a list");
  for (const YAML::Node& n : list) {
    Option o;
    o.name = field(n, "name", file);
    o.type = field(n, "type", file);
    o.description = field(n, "description", file);
    const YAML::Node d = n["default"];
    if (!d) throw std::runtime_error(file.string() + ": option " + o.name + " needs a default");
    if (o.type == "integer") {
      o.defaultInit = "OptionValue{" + std::to_string(d.as<long long>()) + "LL}";
    } else if (o.type == "boolean") {
      o.defaultInit = d.as<bool>() ? "OptionValue{true}" : "OptionValue{false}";
    } else if (o.type == "string") {
      o.defaultInit = "OptionValue{std::string(" + raw(d.as<std::string>()) + ")}";
    } else if (o.type == "string-list") {
      if (!d.IsSequence())
        throw std::runtime_error(file.string() + ": option " + o.name + ": default must be a list");
      o.defaultInit = "OptionValue{std::vector<std::string>{";
      for (const YAML::Node& item : d) o.defaultInit += raw(item.as<std::string>()) + ", ";
      o.defaultInit += "}}";
    } else {
      throw std::runtime_error(file.string() + ": option " + o.name +
                               ": type must be boolean, integer, string or string-list");
    }
    out.push_back(std::move(o));
  }
  return out;
}

std::string typeEnum(const std::string& t) {
  if (t == "integer") return "OptionType::Integer";
  if (t == "boolean") return "OptionType::Boolean";
  if (t == "string-list") return "OptionType::StringList";
  return "OptionType::String";
}

Meta load(const fs::path& dir) {
  fs::path file = dir / "rule.yaml";
  YAML::Node n = YAML::LoadFile(file.string());
  Meta m;
  m.id = field(n, "id", file);
  m.name = field(n, "name", file);
  std::string folder = dir.filename().string();
  if (folder != m.id + "-" + m.name)
    throw std::runtime_error(file.string() + ": folder must be named '" + m.id + "-" + m.name + "'");
  m.category = field(n, "category", file);
  m.severity = field(n, "severity", file);
  if (m.severity != "error" && m.severity != "warning" && m.severity != "note")
    throw std::runtime_error(file.string() + ": severity must be error, warning or note");
  m.summary = field(n, "summary", file);
  m.description = field(n, "description", file);
  m.rationale = field(n, "rationale", file);
  m.fix = field(n, "fix", file);
  m.source = field(n, "source", file);
  const YAML::Node ex = n["examples"];
  if (!ex) throw std::runtime_error(file.string() + ": missing key 'examples'");
  m.language = ex["language"] ? ex["language"].as<std::string>() : "yaml";
  m.bad = field(ex, "bad", file);
  m.good = field(ex, "good", file);
  m.hasCheck = fs::exists(dir / "check.cpp");
  m.options = loadOptions(n["options"], file);
  m.equivalents = loadEquivalents(n["equivalents"], file);
  if (n["enabled"]) m.enabled = n["enabled"].as<bool>();
  if (n["fixable"]) m.fixable = n["fixable"].as<bool>();
  return m;
}

std::string severityEnum(const std::string& s) {
  if (s == "error") return "Severity::Error";
  if (s == "note") return "Severity::Note";
  return "Severity::Warning";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: rulegen OUT.cpp RULE_DIR...\n";
    return 2;
  }
  try {
    std::vector<Meta> rules;
    for (int i = 2; i < argc; ++i) rules.push_back(load(argv[i]));
    std::sort(rules.begin(), rules.end(), [](auto& a, auto& b) { return a.id < b.id; });
    std::set<std::string> seen;
    for (auto& r : rules)
      if (!seen.insert(r.id).second || !seen.insert("name:" + r.name).second)
        throw std::runtime_error("duplicate rule id or name: " + r.id + " " + r.name);

    std::ostringstream o;
    o << "// Generated by tools/rulegen from rules/*/rule.yaml. Do not edit.\n"
      << "#include \"lambdalint/engine/registry.hpp\"\n\nnamespace lambdalint {\n";
    o << "namespace rules {\n";
    for (auto& r : rules)
      if (r.hasCheck) o << "std::unique_ptr<Rule> make_" << r.id << "();\n";
    o << "}  // namespace rules\n\nnamespace {\n";
    for (auto& r : rules) {
      if (r.options.empty()) continue;
      o << "const RuleOption options_" << r.id << "[] = {\n";
      for (const Option& opt : r.options)
        o << "  {" << raw(opt.name) << ", " << typeEnum(opt.type) << ", " << opt.defaultInit
          << ", " << raw(opt.description) << "},\n";
      o << "};\n";
    }
    for (auto& r : rules) {
      if (r.equivalents.empty()) continue;
      o << "const PeerEquivalent equivalents_" << r.id << "[] = {\n";
      for (const Equivalent& e : r.equivalents)
        o << "  {" << raw(e.tool) << ", " << raw(e.ids) << "},\n";
      o << "};\n";
    }
    for (auto& r : rules) {
      o << "const RuleMeta meta_" << r.id << "{\n"
        << "  .id = " << raw(r.id) << ", .name = " << raw(r.name) << ",\n"
        << "  .category = " << raw(r.category) << ", .defaultSeverity = " << severityEnum(r.severity)
        << ",\n  .summary = " << raw(r.summary) << ",\n  .description = " << raw(r.description)
        << ",\n  .rationale = " << raw(r.rationale) << ",\n  .fix = " << raw(r.fix)
        << ",\n  .badExample = " << raw(r.bad) << ",\n  .goodExample = " << raw(r.good)
        << ",\n  .sourceUrl = " << raw(r.source) << ", .exampleLanguage = " << raw(r.language);
      if (!r.options.empty()) o << ",\n  .options = options_" << r.id;
      o << ",\n  .enabledByDefault = " << (r.enabled ? "true" : "false")
        << ", .fixable = " << (r.fixable ? "true" : "false");
      if (!r.equivalents.empty()) o << ",\n  .equivalents = equivalents_" << r.id;
      o << "};\n";
    }
    o << "const RuleMeta* const kAllMeta[] = {";
    for (auto& r : rules) o << "&meta_" << r.id << ", ";
    o << "};\nconst RegisteredRule kRules[] = {\n";
    for (auto& r : rules)
      if (r.hasCheck) o << "  {meta_" << r.id << ", &rules::make_" << r.id << "},\n";
    o << "};\n}  // namespace\n\n"
      << "std::span<const RegisteredRule> allRules() { return kRules; }\n"
      << "std::span<const RuleMeta* const> allMeta() { return kAllMeta; }\n"
      << "}  // namespace lambdalint\n";

    std::string text = o.str();
    // Rewrite only on change so an unrelated rule.yaml edit does not rebuild everything.
    std::ifstream in(argv[1], std::ios::binary);
    std::string old((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (old != text) std::ofstream(argv[1], std::ios::binary) << text;
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "rulegen: " << e.what() << "\n";
    return 1;
  }
}

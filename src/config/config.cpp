#include "lambdalint/config/config.hpp"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "lambdalint/document/parse.hpp"
#include "lambdalint/engine/registry.hpp"

namespace lambdalint::config {
namespace {

namespace fs = std::filesystem;
using doc::Node;

[[noreturn]] void fail(const Node* at, const std::string& message) {
  std::string where = at && at->file ? at->file->path() : std::string(kFileName);
  throw ConfigError(fmt::format("{}:{}:{}: {}", where, at ? at->range.begin.line : 1,
                                at ? at->range.begin.column : 1, message));
}

std::string scalar(const Node* n, std::string_view what) {
  if (!n || !n->isScalar()) fail(n, fmt::format("{} must be a string", what));
  return n->text;
}

std::vector<std::string> stringList(const Node* n, std::string_view what,
                                    std::vector<const Node*>* nodes = nullptr) {
  std::vector<std::string> out;
  if (n->isNull()) return out;
  if (!n->isSeq()) fail(n, fmt::format("{} must be a list of strings", what));
  for (const Node* item : n->items) {
    out.push_back(scalar(item, fmt::format("each item of {}", what)));
    if (nodes) nodes->push_back(item);
  }
  return out;
}

const Node* mapping(const Node* n, std::string_view what) {
  if (!n->isMap() && !n->isNull()) fail(n, fmt::format("{} must be a mapping", what));
  return n;
}

bool isCategory(std::string_view s) {
  for (const RuleMeta* m : allMeta())
    if (m->category == s) return true;
  return false;
}

const RuleMeta* rule(const Node* n, std::string_view what) {
  std::string text = scalar(n, what);
  const RuleMeta* m = findMeta(text);
  if (!m) fail(n, fmt::format("unknown rule '{}' (see lambdalint --list-rules)", text));
  return m;
}

std::optional<Severity> severityOf(std::string_view s) {
  if (s == "error") return Severity::Error;
  if (s == "warning") return Severity::Warning;
  if (s == "note") return Severity::Note;
  return std::nullopt;
}

OptionValue optionValue(const RuleMeta& m, const RuleOption& o, const Node* v) {
  std::string what = fmt::format("option {} of {}", o.name, m.id);
  switch (o.type) {
    case OptionType::Integer:
      if (v->isScalar() && !v->quoted)
        if (auto i = v->asInt()) return *i;
      fail(v, what + " must be an integer");
    case OptionType::Boolean:
      if (v->isScalar() && !v->quoted)
        if (auto b = v->asBool()) return *b;
      fail(v, what + " must be true or false");
    case OptionType::String: return scalar(v, what);
    case OptionType::StringList: return stringList(v, what);
  }
  fail(v, what + ": unsupported type");
}

void readRules(const Node* rules, Config& c) {
  mapping(rules, "rules");
  for (const doc::Entry& e : rules->entries) {
    const std::string& key = e.key->text;
    if (key == "enable" || key == "disable") {
      std::vector<const Node*> nodes;
      std::vector<std::string> list = stringList(e.value, "rules." + key, &nodes);
      for (size_t i = 0; i < list.size(); ++i)
        if (list[i] != "*" && !findMeta(list[i]) && !isCategory(list[i]))
          fail(nodes[i], fmt::format("unknown rule or category '{}' (see lambdalint --list-rules)",
                                     list[i]));
      (key == "enable" ? c.enable : c.disable) = std::move(list);
    } else if (key == "severity") {
      mapping(e.value, "rules.severity");
      for (const doc::Entry& s : e.value->entries) {
        const RuleMeta* m = rule(s.key, "a rule id");
        std::string level = scalar(s.value, "a severity");
        auto sev = severityOf(level);
        if (!sev) fail(s.value, fmt::format("severity must be error, warning or note, not '{}'", level));
        c.severity[std::string(m->id)] = *sev;
      }
    } else if (key == "options") {
      mapping(e.value, "rules.options");
      for (const doc::Entry& r : e.value->entries) {
        const RuleMeta* m = rule(r.key, "a rule id");
        mapping(r.value, fmt::format("the options of {}", m->id));
        for (const doc::Entry& o : r.value->entries) {
          const RuleOption* decl = nullptr;
          for (const RuleOption& candidate : m->options)
            if (candidate.name == o.key->text) decl = &candidate;
          if (!decl) {
            std::string known;
            for (const RuleOption& candidate : m->options)
              known += (known.empty() ? "" : ", ") + std::string(candidate.name);
            fail(o.key, fmt::format("{} has no option '{}' ({})", m->id, o.key->text,
                                    known.empty() ? "it has no options" : "options: " + known));
          }
          c.options[std::string(m->id)][std::string(decl->name)] = optionValue(*m, *decl, o.value);
        }
      }
    } else {
      fail(e.key, fmt::format("unknown key 'rules.{}' (enable, disable, severity, options)", key));
    }
  }
  std::set<std::string> disabled(c.disable.begin(), c.disable.end());
  for (const std::string& s : c.enable)
    if (disabled.count(s)) fail(rules, fmt::format("'{}' is both enabled and disabled", s));
}

bool contains(const std::vector<std::string>& list, std::string_view s) {
  for (const std::string& x : list)
    if (x == s) return true;
  return false;
}

// Glob matching of one pattern against one whole path.
bool match(std::string_view p, std::string_view s) {
  if (p.empty()) return s.empty();
  if (p.substr(0, 3) == "**/") {
    for (size_t i = 0;; i = s.find('/', i) + 1) {  // zero or more whole folders
      if (match(p.substr(3), s.substr(i))) return true;
      if (s.find('/', i) == std::string_view::npos) return false;
    }
  }
  if (p.substr(0, 2) == "**") {
    for (size_t i = 0; i <= s.size(); ++i)
      if (match(p.substr(2), s.substr(i))) return true;
    return false;
  }
  if (p[0] == '*') {
    for (size_t i = 0; i <= s.size(); ++i) {
      if (match(p.substr(1), s.substr(i))) return true;
      if (i < s.size() && s[i] == '/') return false;
    }
    return false;
  }
  if (s.empty()) return false;
  if (p[0] == '?') return s[0] != '/' && match(p.substr(1), s.substr(1));
  return p[0] == s[0] && match(p.substr(1), s.substr(1));
}

std::string quoted(const std::string& s) { return nlohmann::json(s).dump(); }

std::string flowList(const std::vector<std::string>& list) {
  std::string out = "[";
  for (size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + quoted(list[i]);
  return out + "]";
}

std::string optionYaml(const OptionValue& v) {
  if (auto* b = std::get_if<bool>(&v)) return *b ? "true" : "false";
  if (auto* i = std::get_if<long long>(&v)) return std::to_string(*i);
  if (auto* s = std::get_if<std::string>(&v)) return quoted(*s);
  return flowList(std::get<std::vector<std::string>>(v));
}

}  // namespace

void applyCommandLine(Config& config, const std::vector<std::string>& enable,
                      const std::vector<std::string>& disable) {
  auto apply = [&](const std::vector<std::string>& given, const char* option,
                   std::vector<std::string>& into, std::vector<std::string>& other) {
    for (const std::string& arg : given) {
      std::istringstream names(arg);
      for (std::string s; std::getline(names, s, ',');) {
        s.erase(0, s.find_first_not_of(" \t"));
        s.erase(s.find_last_not_of(" \t") + 1);
        if (s.empty()) continue;
        if (s != "*" && !findMeta(s) && !isCategory(s))
          throw ConfigError(fmt::format("{}: unknown rule or category '{}' (see lambdalint "
                                        "--list-rules)", option, s));
        std::erase(other, s);
        if (!contains(into, s)) into.push_back(s);
      }
    }
  };
  apply(disable, "--disable", config.disable, config.enable);
  apply(enable, "--enable", config.enable, config.disable);
}

bool Config::enabled(const RuleMeta& rule) const {
  auto names = [&](const std::vector<std::string>& list) {
    return contains(list, rule.id) || contains(list, rule.name);
  };
  if (names(enable)) return true;
  if (names(disable)) return false;
  // Opt-in rules (rule.yaml `enabled: false`) are noisy for most projects: only naming them
  // turns them on, never a category or "*".
  if (!rule.enabledByDefault) return false;
  if (contains(enable, rule.category)) return true;
  if (contains(disable, rule.category)) return false;
  if (contains(enable, "*")) return true;
  return !contains(disable, "*");
}

fs::path Config::baseDir() const {
  return file.empty() ? fs::current_path() : fs::absolute(file).parent_path();
}

bool Config::acceptsFile(const fs::path& path) const {
  if (include.empty() && exclude.empty()) return true;
  fs::path rel = fs::absolute(path).lexically_normal().lexically_relative(baseDir().lexically_normal());
  std::string s = rel.generic_string();
  if (s.empty() || s.rfind("..", 0) == 0) return true;
  auto any = [&](const std::vector<std::string>& globs) {
    for (const std::string& g : globs)
      if (globMatch(g, s)) return true;
    return false;
  };
  if (!include.empty() && !any(include)) return false;
  return !any(exclude);
}

bool globMatch(std::string_view pattern, std::string_view path) {
  std::string p(pattern);
  if (p.rfind("./", 0) == 0) p.erase(0, 2);
  while (!p.empty() && p.back() == '/') p.pop_back();
  if (p.find('/') == std::string::npos) p = "**/" + p;
  if (match(p, path)) return true;
  // A pattern that matches a folder matches what is below it.
  for (size_t i = path.find('/'); i != std::string_view::npos; i = path.find('/', i + 1))
    if (match(p, path.substr(0, i))) return true;
  return false;
}

std::optional<fs::path> findConfigFile(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec).lexically_normal();
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  while (true) {
    fs::path candidate = dir / kFileName;
    if (fs::is_regular_file(candidate, ec)) return candidate;
    if (fs::exists(dir / ".git", ec) || dir == dir.root_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

Config loadConfig(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ConfigError(file.string() + ": cannot read the configuration file");
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return parseConfig(file.string(), std::move(content), file);
}

Config parseConfig(const std::string& displayPath, std::string content, const fs::path& file) {
  auto source = std::make_shared<SourceFile>(displayPath, std::move(content));
  std::unique_ptr<doc::Document> document = doc::parseDocument(source);
  for (const doc::ParseIssue& issue : document->issues())
    throw ConfigError(fmt::format("{}:{}:{}: {}", displayPath, issue.range.begin.line,
                                  issue.range.begin.column, issue.message));
  Config c;
  c.file = file;
  const Node* root = document->root();
  if (!root || root->isNull()) return c;  // an empty file: the defaults
  if (!root->isMap()) fail(root, "the configuration must be a mapping (rules, include, exclude, fail-on)");
  for (const doc::Entry& e : root->entries) {
    const std::string& key = e.key->text;
    if (key == "rules") {
      readRules(e.value, c);
    } else if (key == "include" || key == "exclude") {
      (key == "include" ? c.include : c.exclude) = stringList(e.value, key);
    } else if (key == "fail-on") {
      std::string v = scalar(e.value, "fail-on");
      if (v != "error" && v != "warning" && v != "note" && v != "none")
        fail(e.value, fmt::format("fail-on must be error, warning, note or none, not '{}'", v));
      c.failOn = v;
    } else {
      fail(e.key, fmt::format("unknown key '{}' (rules, include, exclude, fail-on)", key));
    }
  }
  return c;
}

std::string toYaml(const Config& c) {
  std::ostringstream o;
  o << "# Effective lambdalint configuration ("
    << (c.file.empty() ? std::string("no configuration file") : "from " + c.file.generic_string())
    << ", command-line options applied)\n";
  o << "fail-on: " << c.failOn.value_or("warning") << "\n";
  o << "include: " << flowList(c.include) << "\n";
  o << "exclude: " << flowList(c.exclude) << "\n";
  std::vector<std::string> disabled;
  for (const RuleMeta* m : allMeta())
    if (!c.enabled(*m)) disabled.emplace_back(m->id);
  o << "rules:\n";
  o << "  disable: " << flowList(disabled) << "\n";
  o << "  severity:";
  bool any = false;
  for (const RuleMeta* m : allMeta()) {
    auto it = c.severity.find(std::string(m->id));
    Severity s = it != c.severity.end() ? it->second : m->defaultSeverity;
    o << "\n    " << m->id << ": " << severityName(s);
    any = true;
  }
  o << (any ? "\n" : " {}\n");
  o << "  options:";
  any = false;
  for (const RuleMeta* m : allMeta()) {
    if (m->options.empty()) continue;
    o << "\n    " << m->id << ":";
    auto configured = c.options.find(m->id);
    for (const RuleOption& opt : m->options) {
      const OptionValue* v = &opt.defaultValue;
      if (configured != c.options.end()) {
        auto it = configured->second.find(std::string(opt.name));
        if (it != configured->second.end()) v = &it->second;
      }
      o << "\n      " << opt.name << ": " << optionYaml(*v);
    }
    any = true;
  }
  o << (any ? "\n" : " {}\n");
  return o.str();
}

}  // namespace lambdalint::config

#pragma once
// The project configuration, `.lambdalint.yaml` (docs/configuration.md). Read with our own
// positioned parser, so every mistake is reported as file:line:col.
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "lambdalint/engine/finding.hpp"
#include "lambdalint/engine/rule.hpp"

namespace lambdalint::config {

inline constexpr const char* kFileName = ".lambdalint.yaml";

// A configuration mistake; what() is "file:line:col: message".
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Config {
  std::filesystem::path file;               // empty: no configuration file
  std::vector<std::string> enable;          // rule ids, names or categories
  std::vector<std::string> disable;
  std::map<std::string, Severity> severity; // by rule id
  RuleOptionValues options;                 // by rule id, type-checked against rule.yaml
  std::vector<std::string> include;         // globs relative to the file's folder
  std::vector<std::string> exclude;
  std::optional<std::string> failOn;        // "error", "warning", "note", "none"

  // A rule id or name in `enable`/`disable` beats its category there, and a category beats
  // "*" (every rule); enabled by default. Opt-in rules (RuleMeta::enabledByDefault false)
  // run only when `enable` names them by id or name.
  bool enabled(const RuleMeta& rule) const;
  // include/exclude: whether a file found or named is analysed. Files outside the
  // configuration's folder are not filtered.
  bool acceptsFile(const std::filesystem::path& path) const;
  std::filesystem::path baseDir() const;
};

// `.lambdalint.yaml` in `start` (a file's folder, or a folder) or above, up to the filesystem
// root or the first folder that contains `.git` (inclusive).
std::optional<std::filesystem::path> findConfigFile(const std::filesystem::path& start);

// Throws ConfigError. `displayPath` is what error messages show.
Config loadConfig(const std::filesystem::path& file);
Config parseConfig(const std::string& displayPath, std::string content,
                   const std::filesystem::path& file);

// --enable/--disable from the command line (comma-separated rule ids, names, categories or
// "*"), applied over the file's lists: a name given on the command line leaves the other list.
// Throws ConfigError ("--enable: unknown rule ...") for a name that is not a rule or category.
void applyCommandLine(Config& config, const std::vector<std::string>& enable,
                      const std::vector<std::string>& disable);

// The effective configuration as YAML that loadConfig reads back (--print-config).
std::string toYaml(const Config& config);

// Glob matching on '/'-separated relative paths: `*` and `?` stay within a folder, `**`
// crosses folders; a pattern without '/' matches a name at any depth; a pattern that
// matches a folder matches everything below it.
bool globMatch(std::string_view pattern, std::string_view path);

}  // namespace lambdalint::config

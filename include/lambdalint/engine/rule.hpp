#pragma once
// What a rule is: metadata (generated from rules/*/rule.yaml) plus a check over the model.
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "lambdalint/engine/finding.hpp"
#include "lambdalint/model/project.hpp"

namespace lambdalint {

// Rule options: declared in rule.yaml `options:` (name, type, default, description), set by
// users in .lambdalint.yaml `rules: options: {ID: {name: value}}`, read by the check.
enum class OptionType : uint8_t { Boolean, Integer, String, StringList };
using OptionValue = std::variant<bool, long long, std::string, std::vector<std::string>>;
const char* optionTypeName(OptionType t);  // "boolean", "integer", "string", "string-list"

struct RuleOption {
  std::string_view name;         // "rest-api-timeout-seconds"
  OptionType type;
  OptionValue defaultValue;
  std::string_view description;
};

// Option values set by the configuration, by rule id then option name (already type-checked).
using RuleOptionValues = std::map<std::string, std::map<std::string, OptionValue>, std::less<>>;

// The nearest rule of a peer tool (cfn-lint, checkov, serverless-rules, cfn_nag, kics).
struct PeerEquivalent {
  std::string_view tool;  // "cfn-lint"
  std::string_view ids;   // "E2531, W2531"
};

struct RuleMeta {
  std::string_view id;           // "SEC001": stable forever
  std::string_view name;         // "iam-role-shared"
  std::string_view category;     // "security", "reliability", ...
  Severity defaultSeverity;
  std::string_view summary;      // one line
  std::string_view description;  // markdown: what it finds
  std::string_view rationale;    // markdown: the best practice and why
  std::string_view fix;          // markdown: how to fix
  std::string_view badExample;   // a whole template that the rule reports
  std::string_view goodExample;  // the same, fixed
  std::string_view sourceUrl;    // the AWS guidance it enforces
  std::string_view exampleLanguage;  // "yaml" or "json"
  std::span<const RuleOption> options = {};
  bool enabledByDefault = true;  // false: opt-in, runs only when the configuration enables it
  bool fixable = false;          // its findings carry a fix (SARIF `fixes`, text output)
  std::span<const PeerEquivalent> equivalents = {};
};

class FindingBuilder;

// Handed to a rule's check: the model to read and the sink to report into.
class RuleContext {
 public:
  using Sink = std::function<void(Finding)>;
  RuleContext(const RuleMeta& meta, const model::Project& project, Sink sink,
              const std::map<std::string, OptionValue>* options = nullptr)
      : meta_(meta), project_(project), sink_(std::move(sink)), options_(options) {}

  const model::Project& project() const { return project_; }
  // The value of an option declared in the rule's rule.yaml: the configuration's, else the
  // default. Asking for an undeclared option or the wrong type throws std::logic_error.
  long long intOption(std::string_view name) const;
  bool boolOption(std::string_view name) const;
  const std::string& stringOption(std::string_view name) const;
  const std::vector<std::string>& stringListOption(std::string_view name) const;
  // Starts a finding at `where`; it is emitted when the builder goes out of scope.
  FindingBuilder report(const Location& where, std::string message) const;

 private:
  friend class FindingBuilder;
  const RuleMeta& meta_;
  const OptionValue& option(std::string_view name, OptionType type) const;

  const model::Project& project_;
  Sink sink_;
  const std::map<std::string, OptionValue>* options_;
};

class FindingBuilder {
 public:
  FindingBuilder(const RuleContext& ctx, Finding f) : ctx_(ctx), finding_(std::move(f)) {}
  FindingBuilder(const FindingBuilder&) = delete;
  ~FindingBuilder();
  FindingBuilder& related(const Location& where, std::string message);
  FindingBuilder& severity(Severity s);
  FindingBuilder& fix(std::string description, const Location& where, std::string replacement);
  // A fix described in words only (shown in the text output), when no safe edit exists.
  FindingBuilder& suggest(std::string description);
  // The reported range holds a secret: its text is masked in the source line reporters show
  // (text, SARIF snippets), keeping at most its first 4 characters; columns stay the same.
  FindingBuilder& maskSecret();

 private:
  const RuleContext& ctx_;
  Finding finding_;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual void check(const RuleContext& ctx) const = 0;
};

// Converts a model location into the plain data reporters get (with its source line).
ReportedLocation toReported(const Location& where, std::string message = {});

}  // namespace lambdalint

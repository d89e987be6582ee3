#pragma once
// What a rule is: metadata (generated from rules/*/rule.yaml) plus a check over the model.
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/engine/finding.hpp"
#include "lambdalint/model/project.hpp"

namespace lambdalint {

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
};

class FindingBuilder;

// Handed to a rule's check: the model to read and the sink to report into.
class RuleContext {
 public:
  using Sink = std::function<void(Finding)>;
  RuleContext(const RuleMeta& meta, const model::Project& project, Sink sink)
      : meta_(meta), project_(project), sink_(std::move(sink)) {}

  const model::Project& project() const { return project_; }
  // Starts a finding at `where`; it is emitted when the builder goes out of scope.
  FindingBuilder report(const Location& where, std::string message) const;

 private:
  friend class FindingBuilder;
  const RuleMeta& meta_;
  const model::Project& project_;
  Sink sink_;
};

class FindingBuilder {
 public:
  FindingBuilder(const RuleContext& ctx, Finding f) : ctx_(ctx), finding_(std::move(f)) {}
  FindingBuilder(const FindingBuilder&) = delete;
  ~FindingBuilder();
  FindingBuilder& related(const Location& where, std::string message);
  FindingBuilder& severity(Severity s);
  FindingBuilder& fix(std::string description, const Location& where, std::string replacement);

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

#include "lambdalint/engine/rule.hpp"

namespace lambdalint {

ReportedLocation toReported(const Location& where, std::string message) {
  ReportedLocation r;
  if (where.file) {
    r.file = where.file->path();
    r.snippet = std::string(where.file->line(where.range.begin.line));
  }
  r.range = where.range;
  r.message = std::move(message);
  return r;
}

FindingBuilder RuleContext::report(const Location& where, std::string message) const {
  Finding f;
  f.ruleId = std::string(meta_.id);
  f.severity = meta_.defaultSeverity;
  f.message = std::move(message);
  f.location = toReported(where);
  return FindingBuilder(*this, std::move(f));
}

FindingBuilder::~FindingBuilder() { ctx_.sink_(std::move(finding_)); }

FindingBuilder& FindingBuilder::related(const Location& where, std::string message) {
  finding_.related.push_back(toReported(where, std::move(message)));
  return *this;
}

FindingBuilder& FindingBuilder::severity(Severity s) {
  finding_.severity = s;
  return *this;
}

FindingBuilder& FindingBuilder::fix(std::string description, const Location& where,
                                    std::string replacement) {
  finding_.fixDescription = std::move(description);
  finding_.fix.push_back(Replacement{toReported(where), std::move(replacement)});
  return *this;
}

}  // namespace lambdalint

#include "lambdalint/engine/rule.hpp"

#include <algorithm>
#include <stdexcept>

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

const char* optionTypeName(OptionType t) {
  switch (t) {
    case OptionType::Boolean: return "boolean";
    case OptionType::Integer: return "integer";
    case OptionType::String: return "string";
    case OptionType::StringList: return "string-list";
  }
  return "string";
}

const OptionValue& RuleContext::option(std::string_view name, OptionType type) const {
  for (const RuleOption& o : meta_.options) {
    if (o.name != name) continue;
    if (o.type != type)
      throw std::logic_error(std::string(meta_.id) + " reads option " + std::string(name) +
                             " with the wrong type");
    if (options_) {
      auto it = options_->find(std::string(name));
      if (it != options_->end()) return it->second;
    }
    return o.defaultValue;
  }
  throw std::logic_error(std::string(meta_.id) + " reads undeclared option " + std::string(name));
}

long long RuleContext::intOption(std::string_view name) const {
  return std::get<long long>(option(name, OptionType::Integer));
}
bool RuleContext::boolOption(std::string_view name) const {
  return std::get<bool>(option(name, OptionType::Boolean));
}
const std::string& RuleContext::stringOption(std::string_view name) const {
  return std::get<std::string>(option(name, OptionType::String));
}
const std::vector<std::string>& RuleContext::stringListOption(std::string_view name) const {
  return std::get<std::vector<std::string>>(option(name, OptionType::StringList));
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

FindingBuilder& FindingBuilder::suggest(std::string description) {
  finding_.fixDescription = std::move(description);
  return *this;
}

FindingBuilder& FindingBuilder::maskSecret() {
  ReportedLocation& loc = finding_.location;
  std::string& line = loc.snippet;
  if (loc.range.begin.column == 0) {
    line.assign(line.size(), '*');  // no column: hide the whole line
    return *this;
  }
  size_t from = std::min<size_t>(loc.range.begin.column - 1, line.size());
  size_t to = loc.range.end.line == loc.range.begin.line && loc.range.end.column > 0
                  ? std::min<size_t>(loc.range.end.column - 1, line.size())
                  : line.size();
  // Quotes and leading blanks stay; then up to 4 characters stay visible ("AKIA****").
  while (from < to && (line[from] == '"' || line[from] == '\'' || line[from] == ' ')) ++from;
  if (to > from && (line[to - 1] == '"' || line[to - 1] == '\'')) --to;
  size_t keep = to - from >= 12 ? 4 : 0;
  for (size_t i = from + keep; i < to; ++i)
    if (line[i] != ' ' && line[i] != '\t') line[i] = '*';
  return *this;
}

}  // namespace lambdalint

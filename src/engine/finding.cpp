#include "lambdalint/engine/finding.hpp"

#include <tuple>

namespace lambdalint {

const char* severityName(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "warning";
}

bool findingLess(const Finding& a, const Finding& b) {
  const auto& la = a.location;
  const auto& lb = b.location;
  return std::tie(la.file, la.range.begin.line, la.range.begin.column, a.ruleId, a.message) <
         std::tie(lb.file, lb.range.begin.line, lb.range.begin.column, b.ruleId, b.message);
}

}  // namespace lambdalint

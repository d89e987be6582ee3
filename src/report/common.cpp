#include "report/common.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "lambdalint/engine/registry.hpp"

namespace lambdalint::report::detail {

Counts countFindings(const std::vector<Finding>& findings) {
  Counts c;
  for (const Finding& f : findings) {
    switch (f.severity) {
      case Severity::Error: ++c.errors; break;
      case Severity::Warning: ++c.warnings; break;
      case Severity::Note: ++c.notes; break;
    }
  }
  return c;
}

std::string toolVersion(const RunSummary& run) {
  if (!run.toolVersion.empty()) return run.toolVersion;
#ifdef LAMBDALINT_VERSION
  return LAMBDALINT_VERSION;
#else
  return "0.0.0";
#endif
}

const RuleMeta* metaFor(std::string_view ruleId) {
  for (const RuleMeta* m : allMeta())
    if (m != nullptr && m->id == ruleId) return m;
  return nullptr;
}

std::vector<std::string> filesWithFindings(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  std::set<std::string_view> seen;
  for (const Finding& f : findings)
    if (seen.insert(f.location.file).second) out.push_back(f.location.file);
  return out;
}

std::vector<std::string> sortedUnion(std::initializer_list<const std::vector<std::string>*> lists) {
  std::set<std::string> all;
  for (const auto* list : lists)
    for (const std::string& s : *list)
      if (!s.empty()) all.insert(s);
  return {all.begin(), all.end()};
}

uint32_t codePointColumn(std::string_view line, uint32_t byteColumn) {
  if (byteColumn == 0) return 0;
  size_t offset = byteColumn - 1;
  size_t within = std::min(offset, line.size());
  uint32_t column = 1;
  for (size_t i = 0; i < within; ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  return column + static_cast<uint32_t>(offset - within);
}

std::string plural(int n, std::string_view singular, std::string_view pluralForm) {
  std::string s = std::to_string(n);
  s += ' ';
  s += n == 1 ? singular : pluralForm;
  return s;
}

}  // namespace lambdalint::report::detail

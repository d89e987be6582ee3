#include "report/common.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "lambdalint/engine/registry.hpp"

namespace lambdalint::report {

void SeverityCounts::add(Severity s) {
  switch (s) {
    case Severity::Error: ++errors; break;
    case Severity::Warning: ++warnings; break;
    case Severity::Note: ++notes; break;
  }
}

void FindingTally::add(const Finding& f) {
  if (f.suppression) ++suppressed;
  else if (f.baselineState == BaselineState::Unchanged) ++unchanged;
  else active.add(f.severity);
}

}  // namespace lambdalint::report

namespace lambdalint::report::detail {

FindingTally tallyOf(const FindingSource& findings, const RunSummary& run) {
  if (run.tally) return *run.tally;
  FindingTally tally;
  findings.forEach([&](const Finding& f) { tally.add(f); });
  return tally;
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
  // findMeta's table first; it also knows names, so a name match still needs the scan.
  const RuleMeta* found = findMeta(ruleId);
  if (found == nullptr || found->id == ruleId) return found;
  for (const RuleMeta* m : allMeta())
    if (m != nullptr && m->id == ruleId) return m;
  return nullptr;
}

std::vector<std::string> sortedUnion(std::initializer_list<const std::vector<std::string>*> lists) {
  std::set<std::string> all;
  for (const auto* list : lists)
    for (const std::string& s : *list)
      if (!s.empty()) all.insert(s);
  return {all.begin(), all.end()};
}

// The length of the well-formed UTF-8 sequence at s[i], or 0 when it is not one.
size_t utf8Length(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = at(0);
  if (c < 0x80) return 1;
  size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((at(k) & 0xC0) != 0x80) return 0;
  // No overlong forms, surrogates or code points past U+10FFFF.
  if ((c == 0xE0 && at(1) < 0xA0) || (c == 0xED && at(1) > 0x9F) || (c == 0xF0 && at(1) < 0x90) ||
      (c == 0xF4 && at(1) > 0x8F))
    return 0;
  return n;
}

uint32_t codePointColumn(std::string_view line, uint32_t byteColumn) {
  if (byteColumn == 0) return 0;
  size_t offset = byteColumn - 1;
  uint32_t column = 1;
  size_t i = 0;
  while (i < offset && i < line.size()) {
    size_t n = utf8Length(line, i);
    i += n == 0 ? 1 : n;
    ++column;
  }
  // Past the end of the line each byte counts one; inside a character, the next one.
  return column + static_cast<uint32_t>(offset > i ? offset - i : 0);
}

std::string plural(int n, std::string_view singular, std::string_view pluralForm) {
  std::string s = std::to_string(n);
  s += ' ';
  s += n == 1 ? singular : pluralForm;
  return s;
}

}  // namespace lambdalint::report::detail

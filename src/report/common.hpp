#pragma once
// Helpers shared by the text, JSON and SARIF reporters (private to src/report).
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/engine/finding.hpp"
#include "lambdalint/engine/rule.hpp"
#include "lambdalint/report/reporter.hpp"

namespace lambdalint::report::detail {

inline constexpr std::string_view kToolName = "lambdalint";

// run.tally, or the counts of one walk over `findings` when the run has none.
FindingTally tallyOf(const FindingSource& findings, const RunSummary& run);

// The version to report: RunSummary::toolVersion, else the version the library was built as.
std::string toolVersion(const RunSummary& run);

// A rule's metadata by id (allMeta() only), or nullptr for an id the catalog does not know.
const RuleMeta* metaFor(std::string_view ruleId);

// Sorted, de-duplicated union of the given path lists (empty paths dropped).
std::vector<std::string> sortedUnion(std::initializer_list<const std::vector<std::string>*> lists);

// The length of the well-formed UTF-8 sequence at s[i], or 0 when it is not one (a byte that
// is not well-formed UTF-8 counts as one character of its own everywhere in the reports).
size_t utf8Length(std::string_view s, size_t i);

// A 1-based byte column on `line` as a 1-based Unicode code point column (what SARIF, JSON and
// the text output report). 0 stays 0 (unknown); past the end of the line each byte counts one.
uint32_t codePointColumn(std::string_view line, uint32_t byteColumn);

// "1 error" / "2 errors".
std::string plural(int n, std::string_view singular, std::string_view pluralForm);

}  // namespace lambdalint::report::detail

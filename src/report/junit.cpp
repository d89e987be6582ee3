// JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines): one
// <testsuite> per analysed file, one <testcase> per finding with a <failure>; suppressed
// findings and those unchanged since the baseline are <skipped>; a file without findings
// has one passing test case.
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "lambdalint/report/reporter.hpp"
#include "report/common.hpp"

namespace lambdalint::report {
namespace {

// Escapes for attributes and text; characters XML 1.0 does not allow become U+FFFD, and so
// do bytes that are not UTF-8.
std::string xml(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = detail::utf8Length(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (n > 1) {
      // U+FFFE and U+FFFF are not XML characters either.
      std::string_view seq = s.substr(i, n);
      out += seq == "\xEF\xBF\xBE" || seq == "\xEF\xBF\xBF" ? std::string_view("\xEF\xBF\xBD") : seq;
      i += n;
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      case '\t': out += "&#9;"; break;
      default:
        if (c < 0x20 || c == 0x7F) out += "\xEF\xBF\xBD";
        else out += static_cast<char>(c);
    }
    ++i;
  }
  return out;
}

std::string position(const Finding& f) {
  const SourceRange& r = f.location.range;
  return std::to_string(r.begin.line) + ":" +
         std::to_string(detail::codePointColumn(f.location.snippet, r.begin.column));
}

}  // namespace

void writeJunit(std::ostream& out, const FindingSource& findings, const RunSummary& run) {
  // First the counts every <testsuite> opens with, then the suites in path order: the
  // findings come sorted, and analysed files without findings get one passing test case.
  struct Suite {
    size_t tests = 0, failures = 0, skipped = 0;
  };
  std::map<std::string, Suite> suites;
  for (const std::string& f : run.filesAnalysed) suites[f];
  findings.forEach([&](const Finding& f) {
    Suite& s = suites[f.location.file];
    ++s.tests;
    ++(f.active() ? s.failures : s.skipped);
  });
  size_t tests = 0, failures = 0;
  for (const auto& [file, s] : suites) {
    tests += s.tests == 0 ? 1 : s.tests;
    failures += s.failures;
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  // Only the attributes of the common JUnit schema (Jenkins junit-10.xsd), which has no
  // `skipped` on <testsuites> and no `file`/`line` on <testcase>: the position is in the name.
  out << "<testsuites name=\"lambdalint\" tests=\"" << tests << "\" failures=\"" << failures
      << "\" errors=\"0\" time=\"0\">\n";
  auto open = [&](const std::string& file, const Suite& s) {
    std::string name = xml(file.empty() ? std::string("(no file)") : file);
    out << "  <testsuite name=\"" << name << "\" tests=\"" << (s.tests == 0 ? 1 : s.tests)
        << "\" failures=\"" << s.failures << "\" errors=\"0\" skipped=\"" << s.skipped
        << "\" time=\"0\">\n";
    if (s.tests == 0) {
      out << "    <testcase name=\"lambdalint\" classname=\"" << name << "\" time=\"0\"/>\n";
      out << "  </testsuite>\n";
    }
  };
  auto next = suites.begin();
  auto emptySuitesBefore = [&](const std::string* file) {  // null: all that are left
    for (; next != suites.end() && (file == nullptr || next->first < *file); ++next)
      if (next->second.tests == 0) open(next->first, next->second);
  };
  std::optional<std::string> current;
  findings.forEach([&](const Finding& f) {
    const std::string& file = f.location.file;
    if (!current || *current != file) {
      if (current) out << "  </testsuite>\n";
      emptySuitesBefore(&file);
      current = file;
      open(file, suites[file]);
      if (next != suites.end() && next->first == file) ++next;
    }
    std::string name = xml(file.empty() ? std::string("(no file)") : file);
    const RuleMeta* meta = detail::metaFor(f.ruleId);
    std::string rule = f.ruleId + (meta ? " " + std::string(meta->name) : std::string());
    out << "    <testcase name=\"" << xml(rule + " at " + position(f)) << "\" classname=\""
        << name << "\" time=\"0\">\n";
    std::string detailText = file + ":" + position(f) + ": " + severityName(f.severity) +
                             ": " + f.message + " [" + rule + "]";
    if (f.suppression)
      out << "      <skipped message=\"" << xml("suppressed: " + f.suppression->justification)
          << "\"/>\n";
    else if (!f.active())
      out << "      <skipped message=\"unchanged since the baseline\"/>\n";
    else
      out << "      <failure type=\"" << xml(f.ruleId) << "\" message=\"" << xml(f.message)
          << "\">" << xml(detailText) << "</failure>\n";
    out << "    </testcase>\n";
  });
  if (current) out << "  </testsuite>\n";
  emptySuitesBefore(nullptr);
  out << "</testsuites>\n";
}

}  // namespace lambdalint::report

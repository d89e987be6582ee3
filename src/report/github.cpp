// GitHub Actions workflow commands: each active finding becomes an annotation on the pull
// request (`::error file=...,line=...,col=...,endLine=...,endColumn=...,title=...::message`).
#include <ostream>
#include <string>

#include "lambdalint/report/reporter.hpp"
#include "report/common.hpp"

namespace lambdalint::report {
namespace {

// The message part: %, CR and LF are escaped.
std::string escapeData(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

// A property value: also ':' and ',', which separate properties.
std::string escapeProperty(std::string_view s) {
  std::string out;
  for (char c : escapeData(s)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

const char* command(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "notice";
  }
  return "warning";
}

}  // namespace

void writeGithub(std::ostream& out, const FindingSource& findings, const RunSummary& run) {
  findings.forEach([&](const Finding& f) {
    if (!f.active()) return;
    const RuleMeta* meta = detail::metaFor(f.ruleId);
    std::string title = f.ruleId + (meta ? " " + std::string(meta->name) : std::string());
    const ReportedLocation& loc = f.location;
    const SourceRange& r = loc.range;
    out << "::" << command(f.severity) << " ";
    if (!loc.file.empty()) out << "file=" << escapeProperty(loc.file) << ",";
    if (r.begin.line != 0) {
      out << "line=" << r.begin.line << ",";
      if (r.begin.column != 0)
        out << "col=" << detail::codePointColumn(loc.snippet, r.begin.column) << ",";
      if (r.end.line != 0) {
        out << "endLine=" << r.end.line << ",";
        if (r.end.column != 0)
          out << "endColumn="
              << (r.end.line == r.begin.line ? detail::codePointColumn(loc.snippet, r.end.column)
                                             : r.end.column)
              << ",";
      }
    }
    out << "title=" << escapeProperty(title) << "::" << escapeData(f.message) << "\n";
  });
}

}  // namespace lambdalint::report

// The human-readable reporter: findings grouped per file, compiler-style lines that editors
// and terminals can follow, the source line with a caret under the column, and a summary.
#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/report/reporter.hpp"
#include "report/common.hpp"
#include "report/text_render.hpp"

namespace lambdalint::report {
namespace {


constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kRed = "\x1b[1;31m";
constexpr std::string_view kYellow = "\x1b[1;33m";
constexpr std::string_view kCyan = "\x1b[1;36m";

std::string_view severityColor(Severity s) {
  switch (s) {
    case Severity::Error: return kRed;
    case Severity::Warning: return kYellow;
    case Severity::Note: return kCyan;
  }
  return kBold;
}

class TextWriter {
 public:
  TextWriter(std::ostream& out, const TextOptions& options) : out_(out), options_(options) {}

  void heading(const std::string& path) {
    out_ << styled(kBold, path.empty() ? std::string("(no file)") : text::sanitize(path)) << '\n';
  }

  void summary(const SeverityCounts& counts, size_t filesWithFindings, size_t filesAnalysed,
               size_t suppressed, size_t unchanged) {
    std::string hidden;
    if (suppressed > 0) hidden += " (" + std::to_string(suppressed) + " suppressed)";
    if (unchanged > 0) hidden += " (" + std::to_string(unchanged) + " unchanged since the baseline)";
    if (counts.total() == 0) {
      out_ << "No problems found in " << detail::plural(static_cast<int>(filesAnalysed), "file", "files")
           << '.' << hidden << "\n";
      return;
    }
    std::string errors = detail::plural(counts.errors, "error", "errors");
    std::string warnings = detail::plural(counts.warnings, "warning", "warnings");
    std::string notes = detail::plural(counts.notes, "note", "notes");
    out_ << (counts.errors > 0 ? styled(kRed, errors) : errors) << ", "
         << (counts.warnings > 0 ? styled(kYellow, warnings) : warnings) << ", "
         << (counts.notes > 0 ? styled(kCyan, notes) : notes) << " in "
         << detail::plural(static_cast<int>(filesWithFindings), "file", "files") << " ("
         << detail::plural(static_cast<int>(filesAnalysed), "file", "files") << " analysed)"
         << hidden << "\n";
  }

  void finding(const Finding& f) {
    const RuleMeta* meta = detail::metaFor(f.ruleId);
    std::string rule = styled(kBold, text::sanitize(f.ruleId));
    if (meta != nullptr) rule += " " + std::string(meta->name);

    // Every source line shown for this finding shares one gutter width.
    uint32_t maxLine = f.location.range.begin.line;
    for (const ReportedLocation& r : f.related) maxLine = std::max(maxLine, r.range.begin.line);
    size_t gutter = std::to_string(maxLine).size();

    out_ << text::position(f.location) << ": "
         << styled(severityColor(f.severity), std::string(severityName(f.severity)) + ":") << ' '
         << text::sanitizeMessage(f.message, "  ") << " [" << rule << "]\n";
    source(f.location, f.severity, "  ", gutter);

    for (const ReportedLocation& r : f.related) {
      out_ << "  " << text::position(r) << ": " << styled(kCyan, "note:") << ' '
           << text::sanitizeMessage(r.message, "    ") << '\n';
      source(r, Severity::Note, "    ", gutter);
    }
    if (!f.fixDescription.empty())
      out_ << "  " << styled(kBold, "fix:") << ' ' << text::sanitizeMessage(f.fixDescription, "    ")
           << '\n';
  }

  // The source line and a caret line under the reported columns.
 private:
  std::string styled(std::string_view style, std::string_view s) const {
    if (!options_.color) return std::string(s);
    std::string r(style);
    r += s;
    r += kReset;
    return r;
  }

  void source(const ReportedLocation& loc, Severity severity, std::string_view indent,
              size_t gutter) {
    if (!options_.snippets || loc.range.begin.line == 0 || loc.snippet.empty()) return;
    text::RenderedLine line = text::renderLine(loc.snippet);
    std::string number = std::to_string(loc.range.begin.line);
    std::string pad(gutter > number.size() ? gutter - number.size() : 0, ' ');
    out_ << indent << pad << number << " | " << line.text << '\n';

    if (loc.range.begin.column == 0) return;
    size_t start = line.displayColumn(loc.range.begin.column - 1);
    size_t width = 1;
    const Position& end = loc.range.end;
    if (end.line == loc.range.begin.line && end.column > loc.range.begin.column) {
      size_t stop = line.displayColumn(end.column - 1);
      if (stop > start) width = stop - start;
    }
    out_ << indent << std::string(gutter, ' ') << " | " << std::string(start, ' ')
         << styled(severityColor(severity), std::string(width, '^')) << '\n';
  }

  std::ostream& out_;
  const TextOptions& options_;
};

}  // namespace

void writeText(std::ostream& out, const FindingSource& findings, const RunSummary& run,
               const TextOptions& options) {
  // Findings come sorted, so each file's are together: a heading when the file changes.
  TextWriter writer(out, options);
  SeverityCounts counts;
  size_t suppressed = 0, unchanged = 0, files = 0;
  std::optional<std::string> current;
  findings.forEach([&](const Finding& f) {
    if (!f.active()) {
      ++(f.suppression ? suppressed : unchanged);
      return;
    }
    counts.add(f.severity);
    if (!current || f.location.file != *current) {
      if (current && options.findings && options.summary) out << '\n';
      current = f.location.file;
      ++files;
      if (options.findings) writer.heading(*current);
    }
    if (options.findings) writer.finding(f);
  });
  if (current && options.findings && options.summary) out << '\n';
  if (options.summary) writer.summary(counts, files, run.filesAnalysed.size(), suppressed, unchanged);
}

}  // namespace lambdalint::report

// The JSON reporter: a stable, documented shape for scripts (docs/output-formats.md).
// Keys keep a fixed order; bump "version" on any incompatible change.
#include <map>
#include <ostream>

#include "lambdalint/report/reporter.hpp"
#include "report/common.hpp"
#include "report/json_writer.hpp"

namespace lambdalint::report {
namespace {

constexpr int kJsonFormatVersion = 1;

void writeLocation(detail::JsonWriter& w, const ReportedLocation& loc) {
  const SourceRange& r = loc.range;
  // The end column is converted with the begin line's text only when it is on that line.
  uint32_t endColumn = r.end.line == r.begin.line ? detail::codePointColumn(loc.snippet, r.end.column)
                                                  : r.end.column;
  w.beginObject();
  w.field("file", loc.file);
  w.field("startLine", r.begin.line);
  w.field("startColumn", detail::codePointColumn(loc.snippet, r.begin.column));
  w.field("endLine", r.end.line);
  w.field("endColumn", endColumn);
  w.endObject();
}

struct FileCounts {
  bool analysed = false;
  SeverityCounts counts;
};

void writeFinding(detail::JsonWriter& w, const Finding& f) {
  const RuleMeta* meta = detail::metaFor(f.ruleId);
  w.beginObject();
  w.field("ruleId", f.ruleId);
  w.field("ruleName", meta != nullptr ? meta->name : std::string_view());
  w.field("severity", severityName(f.severity));
  w.field("message", f.message);
  w.key("location");
  writeLocation(w, f.location);
  w.key("related");
  w.beginArray();
  for (const ReportedLocation& r : f.related) {
    w.beginObject();
    w.field("message", r.message);
    w.key("location");
    writeLocation(w, r);
    w.endObject();
  }
  w.endArray();
  w.field("fingerprint", f.fingerprint);
  if (f.suppression) {
    w.key("suppressed");
    w.beginObject();
    w.field("kind", f.suppression->kind);
    w.field("justification", f.suppression->justification);
    w.endObject();
  }
  if (f.baselineState != BaselineState::None)
    w.field("baselineState", f.baselineState == BaselineState::New ? "new" : "unchanged");
  if (!f.fixDescription.empty() || !f.fix.empty()) {
    w.key("fix");
    w.beginObject();
    w.field("description", f.fixDescription);
    w.key("replacements");
    w.beginArray();
    for (const Replacement& rep : f.fix) {
      w.beginObject();
      w.key("location");
      writeLocation(w, rep.where);
      w.field("text", rep.text);
      w.endObject();
    }
    w.endArray();
    w.endObject();
  }
  w.endObject();
}

}  // namespace

void writeJson(std::ostream& out, const FindingSource& findings, const RunSummary& run) {
  const FindingTally counts = detail::tallyOf(findings, run);  // the summary comes first

  detail::JsonWriter w(out);
  w.beginObject();
  w.field("version", kJsonFormatVersion);
  w.key("tool");
  w.beginObject();
  w.field("name", detail::kToolName);
  w.field("version", detail::toolVersion(run));
  w.endObject();
  w.key("summary");
  w.beginObject();
  w.field("errors", counts.active.errors);
  w.field("warnings", counts.active.warnings);
  w.field("notes", counts.active.notes);
  w.field("filesAnalysed", run.filesAnalysed.size());
  w.field("functions", run.functionsFound);
  w.field("suppressed", counts.suppressed);
  w.field("unchanged", counts.unchanged);
  w.endObject();

  std::map<std::string, FileCounts> files;
  for (const std::string& f : run.filesAnalysed) files[f].analysed = true;

  w.key("findings");
  w.beginArray();
  auto file = files.end();  // findings come file by file: one lookup per file
  findings.forEach([&](const Finding& f) {
    writeFinding(w, f);
    if (!f.active()) return;  // suppressed or in the baseline
    if (file == files.end() || file->first != f.location.file)
      file = files.try_emplace(f.location.file).first;
    file->second.counts.add(f.severity);
  });
  w.endArray();

  w.key("files");
  w.beginArray();
  for (const auto& [path, info] : files) {
    if (path.empty()) continue;
    w.beginObject();
    w.field("path", path);
    w.field("analysed", info.analysed);
    w.field("errors", info.counts.errors);
    w.field("warnings", info.counts.warnings);
    w.field("notes", info.counts.notes);
    w.endObject();
  }
  w.endArray();

  // Every function with the handler code it was linked to (issue #4).
  w.key("functions");
  w.beginArray();
  auto function = [&](const FunctionInfo& fn) {
    w.beginObject();
    w.field("id", fn.id);
    w.field("file", fn.file);
    w.field("line", fn.line);
    w.field("runtime", fn.runtime);
    w.field("handler", fn.handler);
    w.field("localCode", fn.localCode);
    w.field("handlerStatus", fn.handlerStatus);
    if (!fn.handlerFile.empty()) w.field("handlerFile", fn.handlerFile);
    if (!fn.handlerFunction.empty()) w.field("handlerFunction", fn.handlerFunction);
    if (!fn.reason.empty()) w.field("reason", fn.reason);
    w.endObject();
  };
  if (run.functions != nullptr) run.functions->forEach(function);
  w.endArray();
  w.endObject();
  w.flush();
  out << '\n';
}

}  // namespace lambdalint::report

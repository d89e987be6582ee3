// The JSON reporter: a stable, documented shape for scripts (docs/output-formats.md).
// Keys keep a fixed order; bump "version" on any incompatible change.
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

#include "lambdalint/report/reporter.hpp"
#include "report/common.hpp"

namespace lambdalint::report {
namespace {

using ojson = nlohmann::ordered_json;

constexpr int kJsonFormatVersion = 1;

ojson location(const ReportedLocation& loc) {
  const SourceRange& r = loc.range;
  // The end column is converted with the begin line's text only when it is on that line.
  uint32_t endColumn = r.end.line == r.begin.line ? detail::codePointColumn(loc.snippet, r.end.column)
                                                  : r.end.column;
  ojson o;
  o["file"] = loc.file;
  o["startLine"] = r.begin.line;
  o["startColumn"] = detail::codePointColumn(loc.snippet, r.begin.column);
  o["endLine"] = r.end.line;
  o["endColumn"] = endColumn;
  return o;
}

struct FileCounts {
  bool analysed = false;
  detail::Counts counts;
};

}  // namespace

void writeJson(std::ostream& out, const std::vector<Finding>& findings, const RunSummary& run) {
  detail::Counts counts = detail::countFindings(findings);  // active findings only
  size_t suppressed = 0, unchanged = 0;
  for (const Finding& f : findings) {
    if (f.suppression) ++suppressed;
    else if (f.baselineState == BaselineState::Unchanged) ++unchanged;
  }

  ojson doc;
  doc["version"] = kJsonFormatVersion;
  doc["tool"] = {{"name", detail::kToolName}, {"version", detail::toolVersion(run)}};
  doc["summary"] = {{"errors", counts.errors},
                    {"warnings", counts.warnings},
                    {"notes", counts.notes},
                    {"filesAnalysed", run.filesAnalysed.size()},
                    {"functions", run.functionsFound},
                    {"suppressed", suppressed},
                    {"unchanged", unchanged}};

  std::map<std::string, FileCounts> files;
  for (const std::string& f : run.filesAnalysed) files[f].analysed = true;

  ojson list = ojson::array();
  for (const Finding& f : findings) {
    const RuleMeta* meta = detail::metaFor(f.ruleId);
    ojson item;
    item["ruleId"] = f.ruleId;
    item["ruleName"] = meta != nullptr ? std::string(meta->name) : std::string();
    item["severity"] = severityName(f.severity);
    item["message"] = f.message;
    item["location"] = location(f.location);
    ojson related = ojson::array();
    for (const ReportedLocation& r : f.related)
      related.push_back({{"message", r.message}, {"location", location(r)}});
    item["related"] = std::move(related);
    item["fingerprint"] = f.fingerprint;
    if (f.suppression)
      item["suppressed"] = {{"kind", f.suppression->kind},
                            {"justification", f.suppression->justification}};
    if (f.baselineState != BaselineState::None)
      item["baselineState"] = f.baselineState == BaselineState::New ? "new" : "unchanged";
    if (!f.fixDescription.empty() || !f.fix.empty()) {
      ojson replacements = ojson::array();
      for (const Replacement& rep : f.fix)
        replacements.push_back({{"location", location(rep.where)}, {"text", rep.text}});
      item["fix"] = {{"description", f.fixDescription}, {"replacements", std::move(replacements)}};
    }
    list.push_back(std::move(item));
    if (!f.active()) continue;  // suppressed or in the baseline: not counted per file

    detail::Counts& c = files[f.location.file].counts;
    switch (f.severity) {
      case Severity::Error: ++c.errors; break;
      case Severity::Warning: ++c.warnings; break;
      case Severity::Note: ++c.notes; break;
    }
  }
  doc["findings"] = std::move(list);

  ojson fileList = ojson::array();
  for (const auto& [path, info] : files) {
    if (path.empty()) continue;
    fileList.push_back({{"path", path},
                        {"analysed", info.analysed},
                        {"errors", info.counts.errors},
                        {"warnings", info.counts.warnings},
                        {"notes", info.counts.notes}});
  }
  doc["files"] = std::move(fileList);

  // Every function with the handler code it was linked to (issue #4).
  ojson functions = ojson::array();
  for (const FunctionInfo& fn : run.functions) {
    ojson item = {{"id", fn.id},           {"file", fn.file},
                  {"line", fn.line},       {"runtime", fn.runtime},
                  {"handler", fn.handler}, {"localCode", fn.localCode},
                  {"handlerStatus", fn.handlerStatus}};
    if (!fn.handlerFile.empty()) item["handlerFile"] = fn.handlerFile;
    if (!fn.handlerFunction.empty()) item["handlerFunction"] = fn.handlerFunction;
    if (!fn.reason.empty()) item["reason"] = fn.reason;
    functions.push_back(std::move(item));
  }
  doc["functions"] = std::move(functions);

  // Invalid UTF-8 from a scanned file becomes U+FFFD instead of aborting the report.
  out << doc.dump(2, ' ', false, ojson::error_handler_t::replace) << '\n';
}

}  // namespace lambdalint::report

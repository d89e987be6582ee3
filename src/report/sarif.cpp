// The SARIF 2.1.0 reporter, shaped for GitHub code scanning and clean under the SARIF
// Multitool's "Sarif;Gh" validation rules (see docs/output-formats.md for the choices).
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>

#include "lambdalint/engine/registry.hpp"
#include "lambdalint/report/links.hpp"
#include "lambdalint/report/reporter.hpp"
#include "report/common.hpp"

namespace lambdalint::report {
namespace {

using ojson = nlohmann::ordered_json;

constexpr const char* kSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char* kSrcRoot = "%SRCROOT%";

const char* sarifLevel(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "warning";
}

// GitHub's problem.severity: error, warning or recommendation.
const char* problemSeverity(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "recommendation";
  }
  return "warning";
}

// GitHub's security-severity (a CVSS-like score: >= 7.0 high, >= 4.0 medium, else low).
const char* securitySeverity(Severity s) {
  switch (s) {
    case Severity::Error: return "8.0";
    case Severity::Warning: return "5.5";
    case Severity::Note: return "3.0";
  }
  return "5.5";
}

std::string trimEnd(std::string_view s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.remove_suffix(1);
  return std::string(s);
}

// A fence longer than any run of backticks inside the example.
std::string fenceFor(std::string_view code) {
  size_t longest = 0, run = 0;
  for (char c : code) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<size_t>(3, longest + 1), '`');
}

std::string codeBlock(std::string_view language, std::string_view code) {
  std::string fence = fenceFor(code);
  return fence + std::string(language) + "\n" + trimEnd(code) + "\n" + fence + "\n";
}

std::string indentBlock(std::string_view code, std::string_view indent) {
  std::string out;
  std::string body = trimEnd(code);
  size_t start = 0;
  while (start <= body.size()) {
    size_t nl = body.find('\n', start);
    std::string_view line = std::string_view(body).substr(start, nl == std::string::npos ? body.npos : nl - start);
    if (!line.empty()) out += indent;
    out += line;
    out += '\n';
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return out;
}

std::string helpText(const RuleMeta& m) {
  std::string s = trimEnd(m.description) + "\n\nWhy it matters:\n" + trimEnd(m.rationale) +
                  "\n\nHow to fix:\n" + trimEnd(m.fix) + "\n\nReported:\n" +
                  indentBlock(m.badExample, "    ") + "\nFixed:\n" +
                  indentBlock(m.goodExample, "    ");
  if (!m.sourceUrl.empty()) s += "\nAWS guidance: " + std::string(m.sourceUrl) + "\n";
  s += "Documentation: " + ruleHelpUri(m.id, m.name) + "\n";
  return s;
}

std::string helpMarkdown(const RuleMeta& m) {
  std::string lang = m.exampleLanguage.empty() ? std::string("yaml") : std::string(m.exampleLanguage);
  std::string s = trimEnd(m.description) + "\n\n## Why it matters\n\n" + trimEnd(m.rationale) +
                  "\n\n## How to fix\n\n" + trimEnd(m.fix) + "\n\n## Example\n\nReported:\n\n" +
                  codeBlock(lang, m.badExample) + "\nFixed:\n\n" + codeBlock(lang, m.goodExample);
  s += "\n";
  if (!m.sourceUrl.empty()) s += "[AWS guidance](" + std::string(m.sourceUrl) + ") · ";
  s += "[Rule documentation](" + ruleHelpUri(m.id, m.name) + ")\n";
  return s;
}

ojson ruleDescriptor(const RuleMeta& m) {
  ojson r;
  r["id"] = m.id;
  r["name"] = m.name;
  r["shortDescription"] = {{"text", trimEnd(m.summary)}};
  r["fullDescription"] = {{"text", trimEnd(m.description)}, {"markdown", trimEnd(m.description)}};
  r["help"] = {{"text", helpText(m)}, {"markdown", helpMarkdown(m)}};
  r["helpUri"] = ruleHelpUri(m.id, m.name);
  r["defaultConfiguration"] = {{"level", sarifLevel(m.defaultSeverity)}};
  if (!m.enabledByDefault) r["defaultConfiguration"]["enabled"] = false;
  ojson props;
  props["tags"] = ojson::array({m.category});
  props["precision"] = "high";
  props["problem.severity"] = problemSeverity(m.defaultSeverity);
  if (m.category == "security") props["security-severity"] = securitySeverity(m.defaultSeverity);
  r["properties"] = std::move(props);
  return r;
}

// A rule id that the catalog does not know (should not happen): still a complete descriptor,
// so GitHub accepts the upload.
ojson unknownRuleDescriptor(const std::string& id) {
  ojson r;
  r["id"] = id;
  r["shortDescription"] = {{"text", "Rule " + id + "."}};
  r["fullDescription"] = {{"text", "Rule " + id + " is not in this build's rule catalog."}};
  r["help"] = {{"text", "Rule " + id + " is not in this build's rule catalog."}};
  r["defaultConfiguration"] = {{"level", "warning"}};
  return r;
}

bool isUnreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

// A '/'-separated path as a URI reference: every byte that is not unreserved is
// percent-encoded (spaces, '%', ':', '#', '?', non-ASCII...), so the reference is valid
// RFC 3986 and never mistaken for a scheme or a fragment.
std::string encodePath(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (isUnreserved(c) || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

std::string normalisePath(std::string_view path) {
  while (path.size() >= 2 && path.substr(0, 2) == "./") path.remove_prefix(2);
  return std::string(path);
}

std::string sourceLanguage(std::string_view path) {
  auto endsWith = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
  };
  if (endsWith(".yaml") || endsWith(".yml")) return "yaml";
  if (endsWith(".json")) return "json";
  return {};
}

class SarifBuilder {
 public:
  explicit SarifBuilder(const RunSummary& run) : run_(run) {}

  // Registers every path the log mentions, so artifacts[] and the indexes agree.
  void collectArtifacts(const FindingSource& findings) {
    std::set<std::string> paths;
    auto add = [&](const std::string& p) {
      if (!p.empty()) paths.insert(normalisePath(p));
    };
    for (const std::string& f : run_.filesAnalysed) {
      add(f);
      if (!f.empty()) analysed_.insert(normalisePath(f));
    }
    for (const Notification& n : run_.notifications) add(n.file);
    findings.forEach([&](const Finding& f) {
      add(f.location.file);
      if (!f.location.file.empty()) resultFiles_.insert(normalisePath(f.location.file));
      for (const ReportedLocation& r : f.related) add(r.file);
      for (const Replacement& rep : f.fix) add(rep.where.file);
    });
    for (const std::string& p : paths) {
      artifactIndex_[p] = static_cast<int>(artifactPaths_.size());
      artifactPaths_.push_back(p);
    }
  }

  ojson artifacts() const {
    ojson list = ojson::array();
    for (const std::string& p : artifactPaths_) {
      ojson a;
      a["location"] = artifactLocation(p, false);
      ojson roles = ojson::array();
      bool analysed = analysed_.count(p) > 0;
      bool result = resultFiles_.count(p) > 0;
      // A file lambdalint only saw through a related location or a notification was
      // still one of its inputs.
      if (analysed || !result) roles.push_back("analysisTarget");
      if (result) roles.push_back("resultFile");
      a["roles"] = std::move(roles);
      std::string lang = sourceLanguage(p);
      if (!lang.empty()) a["sourceLanguage"] = lang;
      list.push_back(std::move(a));
    }
    return list;
  }

  ojson artifactLocation(const std::string& rawPath, bool withIndex = true) const {
    std::string path = normalisePath(rawPath);
    ojson a;
    if (!path.empty() && path.front() == '/') {
      a["uri"] = "file://" + encodePath(path);  // absolute: no base id applies
    } else {
      a["uri"] = encodePath(path);
      a["uriBaseId"] = kSrcRoot;
    }
    if (withIndex) {
      auto it = artifactIndex_.find(path);
      if (it != artifactIndex_.end()) a["index"] = it->second;
    }
    return a;
  }

  // A region from a range; `snippet` is the text of the begin line (columns are bytes on it).
  // Returns null when the line is unknown.
  static ojson region(const SourceRange& range, const std::string& snippet, bool withSnippet) {
    if (range.begin.line == 0) return nullptr;
    ojson r;
    r["startLine"] = range.begin.line;
    uint32_t startColumn = detail::codePointColumn(snippet, range.begin.column);
    if (startColumn != 0) r["startColumn"] = startColumn;
    const Position& end = range.end;
    bool sameLine = end.line == range.begin.line;
    // Only an end that does not precede the start (SARIF1007).
    if (end.line > range.begin.line || (sameLine && end.column >= range.begin.column)) {
      r["endLine"] = end.line;
      uint32_t endColumn = sameLine ? detail::codePointColumn(snippet, end.column) : end.column;
      if (endColumn != 0) r["endColumn"] = endColumn;
    }
    if (withSnippet && !snippet.empty()) r["snippet"] = {{"text", snippet}};
    return r;
  }

  // A physical location; `requireRegion` pins a location without a known line to line 1 (a
  // whole-file finding), because GitHub shows no result without a region.
  ojson physicalLocation(const ReportedLocation& loc, bool requireRegion) const {
    ojson p;
    p["artifactLocation"] = artifactLocation(loc.file);
    ojson r = region(loc.range, loc.snippet, true);
    if (r.is_null() && requireRegion) r = {{"startLine", 1}};
    if (!r.is_null()) p["region"] = std::move(r);
    return p;
  }

  ojson fixes(const Finding& f) const {
    // One artifactChange per file, in the order the replacements name them.
    std::vector<std::string> order;
    std::map<std::string, ojson> replacementsByFile;
    for (const Replacement& rep : f.fix) {
      ojson deleted = region(rep.where.range, rep.where.snippet, false);
      if (deleted.is_null() || rep.where.file.empty()) continue;  // cannot say where to edit
      std::string path = normalisePath(rep.where.file);
      if (!replacementsByFile.count(path)) {
        order.push_back(path);
        replacementsByFile[path] = ojson::array();
      }
      ojson r;
      r["deletedRegion"] = std::move(deleted);
      if (!rep.text.empty()) r["insertedContent"] = {{"text", rep.text}};
      replacementsByFile[path].push_back(std::move(r));
    }
    if (order.empty()) return nullptr;
    ojson changes = ojson::array();
    for (const std::string& path : order)
      changes.push_back({{"artifactLocation", artifactLocation(path)},
                         {"replacements", std::move(replacementsByFile[path])}});
    ojson fix;
    fix["description"] = {{"text", f.fixDescription.empty() ? std::string("Apply the suggested edit.")
                                                            : f.fixDescription}};
    fix["artifactChanges"] = std::move(changes);
    ojson list = ojson::array();
    list.push_back(std::move(fix));
    return list;
  }

 private:
  const RunSummary& run_;
  std::vector<std::string> artifactPaths_;
  std::map<std::string, int> artifactIndex_;
  std::set<std::string> analysed_;
  std::set<std::string> resultFiles_;
};

}  // namespace

void writeSarif(std::ostream& out, const FindingSource& findings, const RunSummary& run) {
  // rules[]: the whole catalog in id order, then (defensively) any id the catalog lacks.
  ojson rules = ojson::array();
  std::map<std::string, int, std::less<>> ruleIndex;
  for (const RuleMeta* m : allMeta()) {
    if (m == nullptr) continue;
    ruleIndex.emplace(std::string(m->id), static_cast<int>(rules.size()));
    rules.push_back(ruleDescriptor(*m));
  }
  findings.forEach([&](const Finding& f) {
    if (ruleIndex.count(f.ruleId)) return;
    ruleIndex.emplace(f.ruleId, static_cast<int>(rules.size()));
    rules.push_back(unknownRuleDescriptor(f.ruleId));
  });

  SarifBuilder b(run);
  b.collectArtifacts(findings);

  std::string version = detail::toolVersion(run);
  ojson driver;
  driver["name"] = detail::kToolName;
  driver["version"] = version;
  driver["semanticVersion"] = version;
  driver["informationUri"] = kInformationUri;
  driver["rules"] = std::move(rules);

  ojson invocation;
  invocation["executionSuccessful"] = run.exitCode < 2;
  invocation["exitCode"] = run.exitCode;
  if (!run.startTimeUtc.empty()) invocation["startTimeUtc"] = run.startTimeUtc;
  if (!run.notifications.empty()) {
    ojson notes = ojson::array();
    for (const Notification& n : run.notifications) {
      ojson note;
      note["level"] = "error";
      note["message"] = {{"text", n.message.empty() ? std::string("The file could not be read.")
                                                    : n.message}};
      if (!n.file.empty()) {
        ojson physical;
        physical["artifactLocation"] = b.artifactLocation(n.file);
        ojson location;
        location["physicalLocation"] = std::move(physical);
        ojson locations = ojson::array();
        locations.push_back(std::move(location));
        note["locations"] = std::move(locations);
      }
      notes.push_back(std::move(note));
    }
    invocation["toolExecutionNotifications"] = std::move(notes);
  }

  auto result = [&](const Finding& f) {
    ojson r;
    r["ruleId"] = f.ruleId;
    r["ruleIndex"] = ruleIndex.find(f.ruleId)->second;
    r["level"] = sarifLevel(f.severity);
    std::string text = f.message;
    if (text.empty()) {
      const RuleMeta* m = detail::metaFor(f.ruleId);
      text = m != nullptr ? trimEnd(m->summary) : "Rule " + f.ruleId + " reported a problem.";
    }
    r["message"] = {{"text", text}};
    ojson location;
    location["physicalLocation"] = b.physicalLocation(f.location, true);
    ojson locations = ojson::array();
    locations.push_back(std::move(location));
    r["locations"] = std::move(locations);
    if (!f.related.empty()) {
      ojson related = ojson::array();
      int id = 1;
      for (const ReportedLocation& rl : f.related) {
        ojson l;
        l["id"] = id++;
        if (!rl.message.empty()) l["message"] = {{"text", rl.message}};
        l["physicalLocation"] = b.physicalLocation(rl, false);
        related.push_back(std::move(l));
      }
      r["relatedLocations"] = std::move(related);
    }
    if (!f.fingerprint.empty())
      r["partialFingerprints"] = {{"primaryLocationLineHash", f.fingerprint},
                                  {"lambdalint/v1", f.fingerprint}};
    if (f.suppression) {
      ojson sup;
      sup["kind"] = f.suppression->kind;
      if (!f.suppression->justification.empty())
        sup["justification"] = f.suppression->justification;
      r["suppressions"] = ojson::array({std::move(sup)});
    }
    if (f.baselineState != BaselineState::None)
      r["baselineState"] = f.baselineState == BaselineState::New ? "new" : "unchanged";
    ojson fixes = b.fixes(f);
    if (!fixes.is_null()) r["fixes"] = std::move(fixes);
    return r;
  };

  ojson runObj;
  runObj["tool"] = {{"driver", std::move(driver)}};
  runObj["invocations"] = ojson::array({std::move(invocation)});
  runObj["originalUriBaseIds"] = {
      {kSrcRoot,
       {{"description",
         {{"text", "The folder lambdalint scanned; every relative artifact URI is relative to it."}}}}}};
  runObj["artifacts"] = b.artifacts();
  runObj["results"] = ojson::array();
  runObj["columnKind"] = "unicodeCodePoints";

  ojson log;
  log["$schema"] = kSchema;
  log["version"] = "2.1.0";
  log["runs"] = ojson::array({std::move(runObj)});
  // The log around the results, then the results one at a time where the empty array was:
  // the same text as one dump of the whole log, without every result in memory at once.
  std::string text = log.dump(2, ' ', false, ojson::error_handler_t::replace);
  const std::string_view kResults = "\n      \"results\": []";
  size_t at = text.find(kResults);
  out << std::string_view(text).substr(0, at + kResults.size() - 1);
  bool any = false;
  std::string indented;
  findings.forEach([&](const Finding& f) {
    std::string item = result(f).dump(2, ' ', false, ojson::error_handler_t::replace);
    indented.assign(any ? ",\n        " : "\n        ");
    for (char c : item) {
      indented += c;
      if (c == '\n') indented += "        ";  // results are 8 spaces deep; strings have no raw newlines
    }
    out << indented;
    any = true;
  });
  if (any) out << "\n      ";
  out << std::string_view(text).substr(at + kResults.size() - 1) << '\n';
}

}  // namespace lambdalint::report

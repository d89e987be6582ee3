#pragma once
// Hand-made findings for the reporter tests. They use the input rules (INP001..INP003), whose
// ids are stable forever, so the tests do not depend on which other rules exist.
#include <sstream>
#include <string>
#include <vector>

#include "lambdalint/engine/finding.hpp"
#include "lambdalint/engine/registry.hpp"
#include "lambdalint/report/reporter.hpp"

namespace lambdalint::report::rtest {

inline ReportedLocation loc(std::string file, uint32_t line, uint32_t col, uint32_t endLine,
                            uint32_t endCol, std::string snippet, std::string message = {}) {
  ReportedLocation l;
  l.file = std::move(file);
  l.range.begin = {line, col};
  l.range.end = {endLine, endCol};
  l.snippet = std::move(snippet);
  l.message = std::move(message);
  return l;
}

inline Finding finding(std::string ruleId, Severity severity, std::string message,
                       ReportedLocation where, std::string fingerprint = {}) {
  Finding f;
  f.ruleId = std::move(ruleId);
  f.severity = severity;
  f.message = std::move(message);
  f.location = std::move(where);
  f.fingerprint = std::move(fingerprint);
  return f;
}

// Two files with findings, one unreadable file, one clean file; related locations, a fix and
// a notification: everything a reporter has to render.
struct Sample {
  std::vector<Finding> findings;
  RunSummary run;
};

inline Sample sample() {
  Sample s;
  s.run.toolVersion = "0.1.0";
  s.run.filesAnalysed = {"clean.yaml", "services/orders/template.yaml", "template.yaml"};
  s.run.exitCode = 1;

  // broken.yaml: unreadable, so an INP001 finding plus a notification.
  s.findings.push_back(finding("INP001", Severity::Error,
                               "Could not parse the file: unclosed flow mapping at line 5.",
                               loc("broken.yaml", 5, 18, 5, 19, "    Properties: {QueueName: \"orders\""),
                               "1a2b3c4d5e6f7081:1"));
  s.run.notifications.push_back({"broken.yaml", "Could not parse the file: unclosed flow mapping at line 5."});

  // services/orders/template.yaml: a duplicate key (with its first occurrence and a fix).
  Finding dup = finding("INP002", Severity::Error, "The key 'QueueName' appears twice in this mapping.",
                        loc("services/orders/template.yaml", 7, 7, 7, 16, "      QueueName: invoices"),
                        "0f1e2d3c4b5a6978:1");
  dup.related.push_back(loc("services/orders/template.yaml", 6, 7, 6, 16, "      QueueName: orders",
                            "The first 'QueueName' is here."));
  dup.fixDescription = "Remove the second 'QueueName'.";
  dup.fix.push_back({loc("services/orders/template.yaml", 7, 1, 8, 1, "      QueueName: invoices"), ""});
  s.findings.push_back(std::move(dup));

  // template.yaml: an unknown tag (as a warning) and a note on a tab-indented line.
  Finding tag = finding("INP003", Severity::Warning, "Unknown tag '!Subb'; did you mean '!Sub'?",
                        loc("template.yaml", 12, 18, 12, 23, "      QueueName: !Subb \"${AWS::StackName}-orders\""),
                        "aabbccddeeff0011:1");
  tag.fixDescription = "Replace '!Subb' with '!Sub'.";
  tag.fix.push_back({loc("template.yaml", 12, 18, 12, 23,
                         "      QueueName: !Subb \"${AWS::StackName}-orders\""),
                     "!Sub"});
  s.findings.push_back(std::move(tag));
  s.findings.push_back(finding("INP003", Severity::Note, "Tag '!Foo' is not a CloudFormation intrinsic.",
                               loc("template.yaml", 20, 3, 20, 7, "\t\t!Foo bar"), "99887766554433aa:1"));
  return s;
}

inline std::string text(const std::vector<Finding>& f, const RunSummary& run, bool color = false,
                        bool snippets = true) {
  std::ostringstream out;
  writeText(out, f, run, TextOptions{color, snippets});
  return out.str();
}

inline std::string json(const std::vector<Finding>& f, const RunSummary& run) {
  std::ostringstream out;
  writeJson(out, f, run);
  return out.str();
}

inline std::string sarif(const std::vector<Finding>& f, const RunSummary& run) {
  std::ostringstream out;
  writeSarif(out, f, run);
  return out.str();
}

}  // namespace lambdalint::report::rtest

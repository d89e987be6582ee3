#pragma once
// Reporters turn findings plus rule metadata into text, JSON or SARIF. They never call rules.
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "lambdalint/engine/finding.hpp"
#include "lambdalint/engine/finding_store.hpp"

namespace lambdalint::report {

// An input that could not be analysed (also reported as an INP001 finding).
struct Notification {
  std::string file;
  std::string message;
};

// A function and the handler code lambdalint linked it to (JSON `functions`).
struct FunctionInfo {
  std::string id;
  std::string file;            // the template
  uint32_t line = 0;
  std::string runtime, handler;
  bool localCode = false;      // the code is a folder in the scanned tree
  std::string handlerStatus;   // model::handlerStatusName: "found", "file-not-found"...
  std::string handlerFile;     // when found (or the file exists but not the function)
  std::string handlerFunction;
  std::string reason;          // why not found / not looked for
};

// A run's functions, replayed in file order rather than held (JSON `functions`).
class FunctionSource {
 public:
  virtual ~FunctionSource() = default;
  virtual void forEach(const std::function<void(const FunctionInfo&)>& visit) const = 0;
};

// The counts a report's summary gives, taken in one walk over the findings: the command line
// takes them in the walk that decides the exit code, so that a reporter need not walk the
// findings once more before writing them.
struct SeverityCounts {
  int errors = 0;
  int warnings = 0;
  int notes = 0;
  int total() const { return errors + warnings + notes; }
  void add(Severity s);
};

struct FindingTally {
  SeverityCounts active;  // Finding::active(): neither suppressed nor in the baseline
  size_t suppressed = 0;
  size_t unchanged = 0;  // unchanged since the baseline
  void add(const Finding& f);
};

struct RunSummary {
  std::string toolVersion;
  std::vector<std::string> filesAnalysed;     // templates read, relative to the root
  std::vector<Notification> notifications;
  size_t functionsFound = 0;                  // Lambda functions in the analysed templates
  const FunctionSource* functions = nullptr;  // each with its handler link (JSON only); null: none
  int exitCode = 0;
  const FindingTally* tally = nullptr;        // the findings' counts; null: reporters count
  std::string startTimeUtc;                   // optional, empty to omit (keeps output deterministic)
};

struct TextOptions {
  bool color = false;
  bool snippets = true;
  bool findings = true;  // false: --summary-only
  bool summary = true;   // false: -q/--quiet
};

// `findings` come in findingLess order, and a reporter may walk them more than once; it holds
// at most one file's findings. Suppressed findings and those unchanged since the baseline
// (Finding::active() is false) are counted, not shown, in text, JUnit and GitHub output;
// JSON and SARIF keep them, marked.
void writeText(std::ostream& out, const FindingSource& findings, const RunSummary& run,
               const TextOptions& options);
void writeJson(std::ostream& out, const FindingSource& findings, const RunSummary& run);
void writeSarif(std::ostream& out, const FindingSource& findings, const RunSummary& run);
// JUnit XML: one <testsuite> per file with findings, one <testcase> with a <failure> per finding.
void writeJunit(std::ostream& out, const FindingSource& findings, const RunSummary& run);
// GitHub Actions workflow commands (::error file=...,line=...::message), one per finding.
void writeGithub(std::ostream& out, const FindingSource& findings, const RunSummary& run);

// The same over findings in memory, already sorted with findingLess (tests).
inline void writeText(std::ostream& out, const std::vector<Finding>& findings,
                      const RunSummary& run, const TextOptions& options) {
  writeText(out, FindingList(findings), run, options);
}
inline void writeJson(std::ostream& out, const std::vector<Finding>& findings, const RunSummary& run) {
  writeJson(out, FindingList(findings), run);
}
inline void writeSarif(std::ostream& out, const std::vector<Finding>& findings, const RunSummary& run) {
  writeSarif(out, FindingList(findings), run);
}
inline void writeJunit(std::ostream& out, const std::vector<Finding>& findings, const RunSummary& run) {
  writeJunit(out, FindingList(findings), run);
}
inline void writeGithub(std::ostream& out, const std::vector<Finding>& findings, const RunSummary& run) {
  writeGithub(out, FindingList(findings), run);
}

}  // namespace lambdalint::report

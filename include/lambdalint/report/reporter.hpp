#pragma once
// Reporters turn findings plus rule metadata into text, JSON or SARIF. They never call rules.
#include <iosfwd>
#include <string>
#include <vector>

#include "lambdalint/engine/finding.hpp"

namespace lambdalint::report {

// An input that could not be analysed (also reported as an INP001 finding).
struct Notification {
  std::string file;
  std::string message;
};

struct RunSummary {
  std::string toolVersion;
  std::vector<std::string> filesAnalysed;     // templates read, relative to the root
  std::vector<Notification> notifications;
  size_t functionsFound = 0;                  // Lambda functions in the analysed templates
  int exitCode = 0;
  std::string startTimeUtc;                   // optional, empty to omit (keeps output deterministic)
};

struct TextOptions {
  bool color = false;
  bool snippets = true;
};

// `findings` are already sorted with findingLess.
void writeText(std::ostream& out, const std::vector<Finding>& findings, const RunSummary& run,
               const TextOptions& options);
void writeJson(std::ostream& out, const std::vector<Finding>& findings, const RunSummary& run);
void writeSarif(std::ostream& out, const std::vector<Finding>& findings, const RunSummary& run);

}  // namespace lambdalint::report

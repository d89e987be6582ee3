#pragma once
// The pipeline: discover -> read -> parse -> frontend -> rules -> findings.
#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "lambdalint/engine/finding.hpp"
#include "lambdalint/engine/finding_store.hpp"
#include "lambdalint/engine/function_store.hpp"
#include "lambdalint/engine/rule.hpp"
#include "lambdalint/report/reporter.hpp"

namespace lambdalint {

struct AnalysisOptions {
  std::vector<std::string> paths{"."};
  std::filesystem::path root = ".";        // file paths in the output are relative to it
  size_t maxFileBytes = 50u * 1024 * 1024;
  RuleOptionValues ruleOptions;            // from the configuration
  // Files to analyse (configuration include/exclude); null analyses every candidate.
  // Called from several threads at once.
  std::function<bool(const std::filesystem::path&)> acceptFile;
  unsigned jobs = 0;  // worker threads; 0: one per core. The output does not depend on it.
  // A file whose analysis (its handlers included) takes longer is reported as INP001 and
  // its partial results dropped; zero: no limit.
  std::chrono::milliseconds fileTimeout{10'000};
};

// The number of worker threads `jobs` means (0: the machine's core count, at least 1).
unsigned effectiveJobs(unsigned jobs);

struct AnalysisResult {
  FindingStore findings;                            // replayed in findingLess order
  std::vector<std::string> filesAnalysed;           // templates that were read
  std::vector<report::Notification> notifications;  // inputs that could not be analysed
  std::vector<std::string> fatalErrors;             // named paths that do not exist
  size_t functionCount = 0;
  FunctionStore functions;                          // with their handler links, file order
  // Handler files read and summarised: each once per run, however many functions and
  // templates point to it (for tests and benchmarks).
  size_t handlerFilesParsed = 0;
};

AnalysisResult analyze(const AnalysisOptions& options);

// Analyses one in-memory file as a template (used by tests and the fixture harness).
// `displayPath` is what findings show.
AnalysisResult analyzeText(const std::string& displayPath, std::string content,
                           const RuleOptionValues& ruleOptions = {});

}  // namespace lambdalint

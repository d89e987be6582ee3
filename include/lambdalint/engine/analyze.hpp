#pragma once
// The pipeline: discover -> read -> parse -> frontend -> rules -> findings.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "lambdalint/engine/finding.hpp"
#include "lambdalint/engine/rule.hpp"
#include "lambdalint/report/reporter.hpp"

namespace lambdalint {

struct AnalysisOptions {
  std::vector<std::string> paths{"."};
  std::filesystem::path root = ".";        // file paths in the output are relative to it
  size_t maxFileBytes = 50u * 1024 * 1024;
  RuleOptionValues ruleOptions;            // from the configuration
  // Files to analyse (configuration include/exclude); null analyses every candidate.
  std::function<bool(const std::filesystem::path&)> acceptFile;
};

struct AnalysisResult {
  std::vector<Finding> findings;                    // sorted with findingLess
  std::vector<std::string> filesAnalysed;           // templates that were read
  std::vector<report::Notification> notifications;  // inputs that could not be analysed
  std::vector<std::string> fatalErrors;             // named paths that do not exist
  size_t functionCount = 0;
  std::vector<report::FunctionInfo> functions;      // with their handler links, file order
};

AnalysisResult analyze(const AnalysisOptions& options);

// Analyses one in-memory file as a template (used by tests and the fixture harness).
// `displayPath` is what findings show.
AnalysisResult analyzeText(const std::string& displayPath, std::string content,
                           const RuleOptionValues& ruleOptions = {});

}  // namespace lambdalint

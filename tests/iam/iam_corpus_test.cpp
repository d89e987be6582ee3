// Measurements on a corpus of real projects (not part of the normal run): with
// LAMBDALINT_IAM_CORPUS=/path/to/projects, prints how many functions got a complete or
// incomplete IAM result and why, and the IAM001/IAM002 findings, for manual review.
#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <map>

#include "lambdalint/engine/analyze.hpp"
#include "lambdalint/iam/command.hpp"
#include "lambdalint/iam/iam.hpp"

using namespace lambdalint;

TEST(IamCorpus, Measure) {
  const char* dir = std::getenv("LAMBDALINT_IAM_CORPUS");
  if (!dir) GTEST_SKIP() << "set LAMBDALINT_IAM_CORPUS to a folder of projects";
  iam::Loaded loaded = iam::loadProjects({dir}, dir);
  size_t analysed = 0, complete = 0, calls = 0, mapped = 0;
  std::map<std::string, size_t> reasons;
  for (const auto& [fn, tpl] : loaded.functions) {
    iam::Usage u = iam::usageOf(*fn);
    if (!u.handlerAnalysed) continue;
    ++analysed;
    complete += u.complete;
    mapped += u.actions.size();
    calls += fn->handlerLink.summary->sdkCalls.size();
    for (const std::string& why : u.incomplete) {
      std::string key = why.substr(0, why.find(" ("));
      if (key.rfind("its handler imports", 0) == 0) key = "its handler imports a local module";
      if (key.rfind("service `", 0) == 0) key = "a service not in the table: " + key;
      ++reasons[key];
    }
  }
  std::cout << "functions: " << loaded.functions.size() << ", handler analysed: " << analysed
            << ", complete: " << complete << ", incomplete: " << analysed - complete
            << "\nSDK calls in handler files: " << calls << ", actions on handler paths: " << mapped << "\n";
  for (const auto& [why, n] : reasons) std::cout << "  " << n << "  " << why << "\n";
  AnalysisOptions options;
  options.paths = {dir};
  options.root = dir;
  AnalysisResult r = analyze(options);
  std::map<std::string, size_t> byRule;
  for (const Finding& f : r.findings.all())
    if (f.ruleId.rfind("IAM", 0) == 0) {
      ++byRule[f.ruleId];
      std::cout << f.ruleId << " " << f.location.file << ":" << f.location.range.begin.line << " "
                << f.message.substr(0, 220) << "\n";
    }
  for (const auto& [id, n] : byRule) std::cout << id << ": " << n << "\n";
}

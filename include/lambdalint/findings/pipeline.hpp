#pragma once
// The findings pipeline after analysis: configuration (disable, re-level), the changed-files
// filter, and the baseline. Each step takes one finding (the CLI chains them over the
// replayed findings with FilteredFindings) and knows rule ids and fingerprints, not rules.
#include <filesystem>
#include <iosfwd>
#include <set>
#include <string>
#include <vector>

#include "lambdalint/config/config.hpp"
#include "lambdalint/engine/finding.hpp"
#include "lambdalint/engine/finding_store.hpp"

namespace lambdalint::findings {

// Applies the severity overrides; false for a finding of a disabled rule (dropped).
bool applyConfig(const config::Config& config, Finding& finding);

// Whether the finding is located in one of `files` (paths as reported, relative to the root).
// A finding whose related locations are in a changed file is kept too, so that a later
// change to what a template points at (a handler) can bring back its template's findings.
bool isInFiles(const std::set<std::string>& files, const Finding& finding);

// The files changed since `ref` (`git diff --name-only --relative REF` run in `root`), as
// paths relative to `root`. Throws std::runtime_error when git fails.
std::set<std::string> changedFiles(const std::filesystem::path& root, const std::string& ref);

// Baseline: the fingerprints of accepted findings (docs/suppressions.md#baseline).
struct Baseline {
  std::set<std::string> fingerprints;
};

// Reads a baseline file written by writeBaseline, or a SARIF log of a previous run
// (results' partialFingerprints "lambdalint/v1"). Throws std::runtime_error.
Baseline readBaseline(const std::filesystem::path& file);
// Writes the fingerprints of the active (unsuppressed) findings as a small JSON document.
void writeBaseline(std::ostream& out, const FindingSource& findings);
// Marks the finding New or Unchanged.
void applyBaseline(const Baseline& baseline, Finding& finding);

}  // namespace lambdalint::findings

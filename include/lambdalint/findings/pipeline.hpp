#pragma once
// The findings pipeline after analysis: configuration (disable, re-level), the changed-files
// filter, and the baseline. Each step knows rule ids and fingerprints, not rule internals.
#include <filesystem>
#include <iosfwd>
#include <set>
#include <string>
#include <vector>

#include "lambdalint/config/config.hpp"
#include "lambdalint/engine/finding.hpp"

namespace lambdalint::findings {

// Drops the findings of disabled rules and applies severity overrides.
void applyConfig(const config::Config& config, std::vector<Finding>& findings);

// Keeps the findings located in one of `files` (paths as reported, relative to the root).
// A finding whose related locations are in a changed file is kept too, so that a later
// change to what a template points at (a handler) can bring back its template's findings.
void keepFindingsIn(const std::set<std::string>& files, std::vector<Finding>& findings);

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
void writeBaseline(std::ostream& out, const std::vector<Finding>& findings);
// Marks each finding New or Unchanged.
void applyBaseline(const Baseline& baseline, std::vector<Finding>& findings);

}  // namespace lambdalint::findings

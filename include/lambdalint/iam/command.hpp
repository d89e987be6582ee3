#pragma once
// `lambdalint policy FUNCTION [PATH...] [--format json|yaml] [--root DIR]`: prints the minimal
// IAM policy a function's handler code needs. `args` are the words after `policy`.
// Returns the exit code: 0 printed, 2 usage error or no such function.
#include <deque>
#include <filesystem>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "lambdalint/frontends/frontend.hpp"

namespace lambdalint::iam {

// The templates under `paths` read into models with their handlers linked, on one thread
// (what the analysis reads, without the rules): for `lambdalint policy` and measurements.
struct Loaded {
  std::deque<frontends::FrontendOutput> units;  // own the documents and models
  std::vector<std::pair<const model::Function*, std::string>> functions;  // with their template
  std::string error;  // a named path that does not exist
};
Loaded loadProjects(const std::vector<std::string>& paths, const std::filesystem::path& root);

int policyCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace lambdalint::iam

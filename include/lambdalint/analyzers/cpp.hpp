#pragma once
// C++ handlers (aws-lambda-cpp, `provided.al2`/`provided.al2023` runtimes). The analysis runs
// in a helper executable, `lambdalint-cpp-analyzer`, built with Clang LibTooling and found
// beside the lambdalint binary: lambdalint itself never loads LLVM, so a run that meets no
// C++ handler pays nothing for it, and a Clang crash or hang on hostile input costs one
// file's analysis, not the run. No Clang headers here.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lambdalint/document/source.hpp"
#include "lambdalint/model/handler_summary.hpp"

namespace lambdalint::analyzers::cpp {

// Whether `path` is a C++ source file (.cpp, .cc, .cxx, .c++).
bool isSourceFile(const std::filesystem::path& path);

// The C++ source files under `dir`, sorted, without build output and vendored folders
// (build*, cmake-build-*, .git, third_party, external, vendor, _deps...); symlinks to folders
// are not followed. At most `max` files.
std::vector<std::filesystem::path> sourceFiles(const std::filesystem::path& dir, size_t max = 500);

// The helper executable, or nullopt with the reason in `why`.
std::optional<std::filesystem::path> helperPath(std::string* why = nullptr);

struct FileContext {
  std::filesystem::path diskPath;    // the file on disk, absolute
  std::filesystem::path projectDir;  // the function's code folder (CodeUri)
  std::filesystem::path boundary;    // nothing outside it is looked at for a compile database
};

// Summarises one C++ file (its content is `file`, read by the caller). Never throws; when the
// analysis could not run (no helper, a crash, --file-timeout), the summary has no functions
// and failure() says why.
std::shared_ptr<model::CodeSummary> analyzeFile(std::shared_ptr<const SourceFile> file,
                                                const FileContext& context);

// Why the analysis of a summary returned by analyzeFile did not run, or nullopt.
std::optional<std::string> failure(const model::CodeSummary& summary);

}  // namespace lambdalint::analyzers::cpp

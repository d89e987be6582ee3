#pragma once
// Linking each function to its handler code: from the model's CodeUri/Code, Handler and
// Runtime to a file and a function in it, which the language's source analyzer summarises.
// Nothing outside the scanned root is ever read (`CodeUri: ../..`, absolute paths, symlinks
// leading out): such links are recorded as OutsideRoot and reported, not followed.
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "lambdalint/discover/discover.hpp"
#include "lambdalint/model/project.hpp"

namespace lambdalint::handlers {

// Canonical paths for one run: symlinks resolved and `..` removed, a missing tail kept as
// written (std::filesystem::weakly_canonical, without a trailing separator). Resolving costs
// a system call per component and the same folders come up for every template and function,
// so each folder is resolved once; a final component that is itself a link is always
// resolved. Thread-safe.
class PathResolver {
 public:
  std::filesystem::path canonical(const std::filesystem::path& p) const;
  // canonical() of a path that names a folder (a code folder, the scanned root): cached, so
  // the functions and templates that share one cost one lookup.
  std::filesystem::path folder(const std::filesystem::path& dir) const;
  // std::filesystem::is_directory, from the path's cached lstat (a link is followed).
  bool isDirectory(const std::filesystem::path& p) const;

 private:
  // What one lstat said of a path (the final component not followed).
  struct Kind {
    bool exists = false;
    bool link = false;
    bool directory = false;
  };
  Kind kindOf(const std::filesystem::path& p) const;  // lstat once per path and run

  mutable std::mutex mutex_;
  // Native strings, not paths: a path also keeps each of its components (a run's memory must
  // not grow much with its folders).
  mutable std::unordered_map<std::string, std::string> folders_;
  mutable std::unordered_map<std::string, Kind> kinds_;
};

struct LinkContext {
  std::filesystem::path templateDir;  // the folder of the template (CodeUri is relative to it)
  std::filesystem::path boundary;     // the scanned root: nothing outside it is read
  std::filesystem::path displayRoot;  // reported paths are relative to it
  size_t maxFileBytes = 5u * 1024 * 1024;  // larger handler files are not analysed
  // Shares summaries between templates (the engine's cache across files and threads):
  // returns the summary for a canonical path, calling `parse` only if nobody has yet.
  // Empty: each linkHandlers call parses its own.
  using Summary = std::shared_ptr<const model::CodeSummary>;
  std::function<Summary(const std::string& key, const std::function<Summary()>& parse)> shared;
  // Shares resolved folders between templates (the run's); null: each path resolved in full.
  const PathResolver* paths = nullptr;
  // Shows paths relative to displayRoot with the run's working directory; null: one made per path.
  const discover::PathShower* shower = nullptr;
};

// The directories named on the command line, resolved once: resolving them again for each
// template made a run that names N files cost N^2 path lookups.
class ScanRoots {
 public:
  explicit ScanRoots(const std::vector<std::string>& paths);
  // The folder nothing may be read outside of, for a template found under the user's
  // `paths`: the deepest named directory that contains it, or the folder of a named file.
  // `mayBeLink`: false when discovery saw that the template itself is no symbolic link.
  std::filesystem::path boundaryFor(const std::filesystem::path& templatePath,
                                    bool mayBeLink = true) const;
  // The run's resolver, for LinkContext::paths.
  const PathResolver& paths() const { return paths_; }

 private:
  std::vector<std::filesystem::path> dirs_;
  PathResolver paths_;
};

// Sets `handlerLink` of every function of `project`. Each code file is read and analysed at
// most once per call, however many functions point at it.
void linkHandlers(model::Project& project, const LinkContext& context);

}  // namespace lambdalint::handlers

#pragma once
// Finding the files to analyse under the paths the user gave.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lambdalint::discover {

struct Candidate {
  std::filesystem::path path;  // as opened
  std::string displayPath;     // relative to the root, '/'-separated
  bool explicitlyNamed = false;  // given on the command line (not found by walking)
  bool mayBeLink = true;         // false: discovery saw it is no symbolic link
  std::optional<uint64_t> size = std::nullopt;  // bytes, when discovery has looked (a named file)
};

struct Problem {
  std::string path;
  std::string message;
  bool fatal = false;  // a path the user named that does not exist or cannot be read
};

struct Result {
  std::vector<Candidate> candidates;  // sorted by displayPath, no duplicates
  std::vector<Problem> problems;
  std::vector<std::string> directories;  // the paths given that are folders, as given
};

// Walks files and directories. Skips VCS folders, node_modules, .aws-sam, virtualenvs and
// other build output; never follows directory symlinks (so no loops), and never follows a
// file symlink that leads outside the root.
Result findCandidates(const std::vector<std::string>& paths, const std::filesystem::path& root);

// Whether a file name is one lambdalint reads when walking (.yaml, .yml, .json, .template, .tf).
bool hasTemplateExtension(const std::filesystem::path& p);

// `p` relative to `root` with '/' separators ("../x" when outside the root).
std::string displayPath(const std::filesystem::path& p, const std::filesystem::path& root);

// displayPath for many paths: the working directory is asked once, when it is made.
class PathShower {
 public:
  explicit PathShower(const std::filesystem::path& root);
  std::string operator()(const std::filesystem::path& p) const;

 private:
  std::filesystem::path absolute(const std::filesystem::path& p) const;
  std::filesystem::path cwd_, root_;
  // cwd_ and root_ as plain strings when they have no ".", ".." or empty components ("/" as
  // ""): paths as clean as they are shown by string operations, not std::filesystem's.
  bool clean_ = false;
  std::string cleanCwd_, cleanRoot_;
};

}  // namespace lambdalint::discover

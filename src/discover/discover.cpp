#include "lambdalint/discover/discover.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <optional>
#include <set>

namespace lambdalint::discover {
namespace fs = std::filesystem;

namespace {

bool isSkippedDirectory(const fs::path& dir) {
  static const std::set<std::string> kSkipped = {
      ".git", ".hg", ".svn", "node_modules", ".aws-sam", ".serverless", ".terraform",
      "__pycache__", ".venv", "venv", ".tox", ".mypy_cache", ".pytest_cache", ".idea",
      ".vscode"};
  if (kSkipped.count(dir.filename().string())) return true;
  std::error_code ec;
  return fs::exists(dir / "pyvenv.cfg", ec);  // a virtualenv under any name
}

bool isInside(const fs::path& p, const fs::path& canonicalRoot) {
  std::error_code ec;
  fs::path target = fs::weakly_canonical(p, ec);
  if (ec) return false;
  auto [r, t] = std::mismatch(canonicalRoot.begin(), canonicalRoot.end(), target.begin(),
                              target.end());
  return r == canonicalRoot.end();
}

}  // namespace

bool hasTemplateExtension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".template" ||
         ext == ".tf";  // Terraform
}

namespace {

// An absolute path with no ".", ".." or empty components and no trailing '/', "/" itself
// excepted: what lexically_normal leaves unchanged.
bool isCleanAbsolute(std::string_view s) {
  if (s.empty() || s[0] != '/') return false;
  if (s.size() == 1) return true;
  if (s.back() == '/') return false;
  for (size_t i = 0; i < s.size();) {
    size_t next = s.find('/', i + 1);
    std::string_view part = s.substr(i + 1, (next == std::string_view::npos ? s.size() : next) - i - 1);
    if (part.empty() || part == "." || part == "..") return false;
    if (next == std::string_view::npos) break;
    i = next;
  }
  return true;
}

// lexically_relative(abs, root) for clean absolute paths, "/" given as "".
std::string relativeClean(std::string_view abs, std::string_view root) {
  size_t k = 0;
  while (k < abs.size() && k < root.size() && abs[k] == root[k]) ++k;
  auto atBoundary = [](std::string_view s, size_t i) { return i == s.size() || s[i] == '/'; };
  size_t common = k;  // where the shared leading components end
  if (!atBoundary(abs, k) || !atBoundary(root, k)) common = k == 0 ? 0 : abs.rfind('/', k - 1);
  std::string out;
  for (size_t i = common; i < root.size(); ++i)
    if (root[i] == '/') out += out.empty() ? ".." : "/..";
  std::string_view rest = abs.substr(std::min(common + 1, abs.size()));
  if (!rest.empty()) {
    if (!out.empty()) out += '/';
    out.append(rest);
  }
  return out.empty() ? std::string(".") : out;
}

// A folder in the form relativeClean takes: clean, no trailing '/' ("/work/" as "/work":
// lexically_normal keeps the '/' of a root given as "." or "dir/"), "/" as "". nullopt: not
// clean.
std::optional<std::string> cleanBase(std::string_view s) {
  if (s.size() > 1 && s.back() == '/') s.remove_suffix(1);
  if (!isCleanAbsolute(s)) return std::nullopt;
  return std::string(s == "/" ? std::string_view() : s);
}

}  // namespace

PathShower::PathShower(const fs::path& root) {
  std::error_code ec;
  cwd_ = fs::current_path(ec);
  root_ = absolute(root);
  std::optional<std::string> cwd = cleanBase(cwd_.native()), base = cleanBase(root_.native());
  clean_ = cwd && base;
  if (clean_) cleanCwd_ = *cwd, cleanRoot_ = *base;
}

std::string PathShower::operator()(const fs::path& p) const {
  // Most paths shown come from a walk or a command line and are already clean: a few string
  // operations then do what std::filesystem's lexical functions do component by component.
  if (clean_) {
    std::string_view s = p.native();
    // A folder written with its trailing '/' ("src/") is shown with it, as lexically_relative
    // does, unless it is the root itself (".").
    const bool folder = s.size() > 1 && s.back() == '/';
    if (folder) s.remove_suffix(1);
    std::optional<std::string> shown;
    if (!s.empty() && s[0] == '/') {
      if (isCleanAbsolute(s)) shown = relativeClean(s == "/" ? std::string_view() : s, cleanRoot_);
    } else if (!s.empty()) {
      std::string abs = cleanCwd_ + "/" + std::string(s);
      if (isCleanAbsolute(abs)) shown = relativeClean(abs, cleanRoot_);
    }
    if (shown) return folder && *shown != "." ? *shown + "/" : *shown;
  }
  fs::path abs = absolute(p);
  fs::path rel = abs.lexically_relative(root_);
  if (rel.empty()) rel = abs;
  return rel.generic_string();
}

fs::path PathShower::absolute(const fs::path& p) const {
  return (p.is_absolute() ? p : cwd_ / p).lexically_normal();
}

std::string displayPath(const fs::path& p, const fs::path& root) { return PathShower(root)(p); }

Result findCandidates(const std::vector<std::string>& paths, const fs::path& root) {
  Result result;
  std::error_code ec;
  std::optional<fs::path> canonicalRoot;  // resolved when a walk first meets a link
  const PathShower displayPath(root);
  std::set<std::string> seen;
  auto addFile = [&](const fs::path& p, bool named, bool link, std::optional<uint64_t> size) {
    std::string shown = displayPath(p);
    if (!seen.insert(shown).second) return;
    result.candidates.push_back(Candidate{p, shown, named, link, size});
  };

  for (const std::string& arg : paths) {
    fs::path start(arg);
    // lstat first: a named file that is no link is then known to be none, and its size
    // known, which spares the handler linker and the reader asking again.
    struct stat st {};
    bool found = ::lstat(start.c_str(), &st) == 0;
    const bool link = found && S_ISLNK(st.st_mode);
    if (link) found = ::stat(start.c_str(), &st) == 0;
    if (!found) {
      result.problems.push_back({arg, "no such file or directory", true});
      continue;
    }
    if (S_ISREG(st.st_mode)) {
      addFile(start, true, link, static_cast<uint64_t>(st.st_size));
      continue;
    }
    if (!S_ISDIR(st.st_mode)) {
      result.problems.push_back({arg, "not a regular file or directory", true});
      continue;
    }
    result.directories.push_back(arg);
    fs::recursive_directory_iterator it(start, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      result.problems.push_back({arg, "cannot read directory: " + ec.message(), true});
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        result.problems.push_back({displayPath(it->path()), ec.message(), false});
        ec.clear();
        continue;
      }
      const fs::directory_entry& entry = *it;
      if (entry.is_directory(ec)) {
        if (entry.is_symlink(ec) || isSkippedDirectory(entry.path())) it.disable_recursion_pending();
        continue;
      }
      if (!hasTemplateExtension(entry.path()) || !entry.is_regular_file(ec)) continue;
      const bool link = entry.is_symlink(ec);
      if (link) {
        std::error_code rootError;
        if (!canonicalRoot) canonicalRoot = fs::weakly_canonical(root, rootError);
        if (!isInside(entry.path(), *canonicalRoot)) {
          result.problems.push_back({displayPath(entry.path()),
                                     "skipped: symbolic link to a file outside the scanned root",
                                     false});
          continue;
        }
      }
      addFile(entry.path(), false, link, std::nullopt);
    }
  }
  std::sort(result.candidates.begin(), result.candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.displayPath < b.displayPath; });
  return result;
}

}  // namespace lambdalint::discover

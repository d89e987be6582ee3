// Discovery: PathShower shows clean paths with string operations, each answer the one
// std::filesystem's lexical functions give; walks and links.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "lambdalint/discover/discover.hpp"

namespace fs = std::filesystem;
using lambdalint::discover::PathShower;

namespace {

std::string expected(const fs::path& p, const fs::path& root) {
  fs::path cwd = fs::current_path();
  fs::path abs = (p.is_absolute() ? p : cwd / p).lexically_normal();
  fs::path base = (root.is_absolute() ? root : cwd / root).lexically_normal();
  fs::path rel = abs.lexically_relative(base);
  return (rel.empty() ? abs : rel).generic_string();
}

TEST(PathShower, AgreesWithStdFilesystem) {
  const std::vector<std::string> roots = {"/", "/work", "/work/main", "/work/mai", "/work/main/",
                                          ".", "..", "sub/dir", "/a/b/c/d", "/work/./main"};
  const std::vector<std::string> paths = {
      "/", "/work", "/work/main", "/work/main/x.yaml", "/work/mainx/y.yaml", "/work/mai",
      "/work/main/a/b/template.yaml", "/other/t.yaml", "/a/b/c/d", "/a/b", "/a/b/c/e/f.yml",
      "template.yaml", "sub/dir/t.yaml", "sub/dir", "../shared/corpus/t.yaml", "./x.yaml",
      "a//b.yaml", "a/./b.yaml", "a/../b.yaml", "dir/", "/work//main/t.yaml", "/work/main/.",
      "/work/main/src/", "/work/main/", "/work/", "/other/dir/", "sub/dir/", "/a/b/c/d/"};
  for (const std::string& root : roots) {
    PathShower show(root);
    for (const std::string& p : paths)
      EXPECT_EQ(show(p), expected(p, root)) << "path " << p << " root " << root;
  }
}

}  // namespace

namespace {

// A walk skips a template that is a link to a file outside the scanned folder, and says so;
// a link to a file inside is analysed.
TEST(FindCandidates, SkipsALinkToATemplateOutsideTheScannedFolder) {
  fs::path base = fs::temp_directory_path() / ("lambdalint-discover-" + std::to_string(::getpid()));
  fs::remove_all(base);
  fs::create_directories(base / "scanned");
  fs::create_directories(base / "outside");
  { std::ofstream(base / "outside" / "template.yaml") << "Resources: {}\n"; }
  { std::ofstream(base / "scanned" / "own.yaml") << "Resources: {}\n"; }
  fs::create_symlink(base / "outside" / "template.yaml", base / "scanned" / "away.yaml");
  fs::create_symlink(base / "scanned" / "own.yaml", base / "scanned" / "near.yaml");

  auto found = lambdalint::discover::findCandidates({(base / "scanned").string()}, base / "scanned");
  std::vector<std::string> shown;
  for (const auto& c : found.candidates) shown.push_back(c.displayPath);
  EXPECT_EQ(shown, (std::vector<std::string>{"near.yaml", "own.yaml"}));
  ASSERT_EQ(found.problems.size(), 1u);
  EXPECT_EQ(found.problems[0].path, "away.yaml");
  EXPECT_NE(found.problems[0].message.find("outside the scanned root"), std::string::npos);
  fs::remove_all(base);
}

}  // namespace

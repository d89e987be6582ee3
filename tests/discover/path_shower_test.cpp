// PathShower shows clean paths with string operations; each answer must be the one
// std::filesystem's lexical functions give.
#include <gtest/gtest.h>

#include <filesystem>

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
      "a//b.yaml", "a/./b.yaml", "a/../b.yaml", "dir/", "/work//main/t.yaml", "/work/main/."};
  for (const std::string& root : roots) {
    PathShower show(root);
    for (const std::string& p : paths)
      EXPECT_EQ(show(p), expected(p, root)) << "path " << p << " root " << root;
  }
}

}  // namespace

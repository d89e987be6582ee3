#include "support/run_command.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lambdalint::testing {
namespace fs = std::filesystem;

namespace {
std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

struct TempDirs {
  std::vector<fs::path> dirs;
  ~TempDirs() {
    std::error_code ec;
    for (auto& d : dirs) fs::remove_all(d, ec);
  }
} tempDirs;
}  // namespace

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string makeTempDir() {
  std::string tmpl = (fs::temp_directory_path() / "lambdalint-test-XXXXXX").string();
  char* made = mkdtemp(tmpl.data());
  if (!made) throw std::runtime_error("mkdtemp failed");
  tempDirs.dirs.emplace_back(made);
  return made;
}

CommandResult runCommand(const std::string& shellCommand) {
  static const std::string dir = makeTempDir();
  static int counter = 0;
  std::string base = dir + "/cmd" + std::to_string(counter++);
  std::string cmd = "cd " + quote(LAMBDALINT_SOURCE_DIR) + " && " + shellCommand + " >" +
                    quote(base + ".out") + " 2>" + quote(base + ".err") + " </dev/null";
  int status = std::system(cmd.c_str());
  CommandResult r;
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = readFile(base + ".out");
  r.err = readFile(base + ".err");
  return r;
}

CommandResult runLambdalint(const std::vector<std::string>& args) {
  std::string cmd = quote(LAMBDALINT_BINARY);
  for (const std::string& a : args) cmd += " " + quote(a);
  return runCommand(cmd);
}

}  // namespace lambdalint::testing

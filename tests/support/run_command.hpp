#pragma once
// Runs the built lambdalint binary (or another command) and captures what it printed.
#include <string>
#include <vector>

namespace lambdalint::testing {

struct CommandResult {
  int exitCode = -1;
  std::string out;
  std::string err;
};

// `args` are passed to the shell quoted; the command runs in the repository root.
CommandResult runLambdalint(const std::vector<std::string>& args);
CommandResult runCommand(const std::string& shellCommand);

std::string readFile(const std::string& path);
// A fresh, empty directory under the system temp dir, removed at process exit.
std::string makeTempDir();

}  // namespace lambdalint::testing

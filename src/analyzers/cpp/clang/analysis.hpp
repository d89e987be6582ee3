#pragma once
// The Clang side of the C++ analyzer: one source file in, its summary out as JSON (the wire
// format src/analyzers/cpp/host.cpp reads). No Clang headers here.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace lambdalint::cpp {

struct Request {
  std::string file;                // absolute path of the source file
  std::string content;             // its content (what positions refer to)
  std::string compileCommandsDir;  // a folder with compile_commands.json, or empty
  std::vector<std::string> includeDirs;  // -I folders for the default flags
};

// Parses `request.file` with Clang (the compile database's command, or default flags) and
// summarises it. Never throws on bad input.
nlohmann::json analyze(const Request& request);

}  // namespace lambdalint::cpp

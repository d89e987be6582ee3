// lambdalint-cpp-analyzer: the helper executable that lambdalint runs on a C++ handler file.
//
//   lambdalint-cpp-analyzer --file PATH [--compile-commands DIR] [-I DIR]... < CONTENT
//   lambdalint-cpp-analyzer --version
//
// Reads the file's content on standard input (the bytes lambdalint already read and checked
// to be inside the scanned root), parses it with Clang and writes its summary as one JSON
// object on standard output. Exit 0 when the JSON was written, 2 on a usage error.
#include <iostream>
#include <iterator>
#include <string>

#include "analyzers/cpp/clang/analysis.hpp"

int main(int argc, char** argv) {
  lambdalint::cpp::Request request;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "lambdalint-cpp-analyzer: " << arg << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--version") {
      std::cout << "lambdalint-cpp-analyzer (Clang LibTooling)\n";
      return 0;
    }
    if (arg == "--file") request.file = value();
    else if (arg == "--compile-commands") request.compileCommandsDir = value();
    else if (arg == "-I") request.includeDirs.push_back(value());
    else {
      std::cerr << "lambdalint-cpp-analyzer: unknown argument " << arg << "\n";
      return 2;
    }
  }
  if (request.file.empty() || request.file.front() != '/') {
    std::cerr << "lambdalint-cpp-analyzer: --file needs an absolute path\n";
    return 2;
  }
  request.content.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  nlohmann::json out = lambdalint::cpp::analyze(request);
  // Invalid UTF-8 in names or literals is replaced rather than thrown on.
  std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  std::cout.flush();
  return std::cout ? 0 : 1;
}

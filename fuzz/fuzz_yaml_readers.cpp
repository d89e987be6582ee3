// Fuzz target: our own YAML reader against the libraries (differential, see
// yaml_readers_target.hpp). A difference means our reader took a text it cannot read exactly:
// a crash the fuzzer keeps.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "yaml_readers_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string problem = lambdalint::fuzzing::compareYamlReaders(
      std::string(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "%s\n", problem.c_str());
    std::abort();
  }
  return 0;
}

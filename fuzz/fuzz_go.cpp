// Fuzz target: the Go handler analyzer (see handler_target.hpp).
#include "handler_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lambdalint;
  static fuzzing::FixedProject fixed("go1.x", "bootstrap");
  return fuzzing::fuzzHandler(data, size, analyzers::Language::Go, "src/main.go", fixed, "");
}

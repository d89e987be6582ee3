// Fuzz target: the Python handler analyzer (see handler_target.hpp).
#include "handler_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lambdalint;
  static fuzzing::FixedProject fixed("python3.12", "app.handler");
  return fuzzing::fuzzHandler(data, size, analyzers::Language::Python, "src/app.py", fixed, "handler");
}

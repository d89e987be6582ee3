// Fuzz target: the JavaScript handler analyzer (see handler_target.hpp).
#include "handler_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lambdalint;
  static fuzzing::FixedProject fixed("nodejs20.x", "app.handler");
  return fuzzing::fuzzHandler(data, size, analyzers::Language::JavaScript, "src/app.mjs", fixed, "handler");
}

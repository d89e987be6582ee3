// Fuzz target: the Java handler analyzer (see handler_target.hpp).
#include "handler_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lambdalint;
  static fuzzing::FixedProject fixed("java21", "example.App::handleRequest");
  return fuzzing::fuzzHandler(data, size, analyzers::Language::Java, "src/main/java/example/App.java", fixed, "handleRequest");
}

// Fuzz target: the TypeScript and TSX handler analyzer (see handler_target.hpp); the input's
// length picks the grammar, so both are reached.
#include "handler_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lambdalint;
  static fuzzing::FixedProject fixed("nodejs20.x", "app.handler");
  bool tsx = size % 2;
  return fuzzing::fuzzHandler(data, size, tsx ? analyzers::Language::Tsx : analyzers::Language::TypeScript,
                              tsx ? "src/app.tsx" : "src/app.ts", fixed, "handler");
}

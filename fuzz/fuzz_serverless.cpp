// Fuzz target: the serverless.yml frontend (variables, provider merging, resources) and the
// rules over its model, through lambdalint::analyzeText with a serverless.yml path.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lambdalint/engine/analyze.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  lambdalint::AnalysisResult r = lambdalint::analyzeText("serverless.yml", std::move(text));
  (void)r;
  return 0;
}

// Fuzz target: the whole template pipeline for a SAM/CloudFormation file (every frontend
// that takes it, every rule, in-source suppressions), through lambdalint::analyzeText.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lambdalint/engine/analyze.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  // Alternate the name so both the YAML and the JSON paths of the frontends are reached.
  const char* path = (size % 2) ? "template.json" : "template.yaml";
  lambdalint::AnalysisResult r = lambdalint::analyzeText(path, std::move(text));
  // Replay the findings too: they are stored encoded, and decoding them must hold.
  size_t replayed = 0;
  r.findings.forEach([&](lambdalint::Finding&) { ++replayed; });
  if (replayed != r.findings.size()) __builtin_trap();
  return 0;
}

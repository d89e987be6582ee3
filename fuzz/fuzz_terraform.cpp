// Fuzz target: a Terraform module of one file: the HCL reader (tree-sitter), the Terraform
// frontend (resources, the community lambda module, references, roles) and every rule over
// its model, through lambdalint::analyzeText with a .tf path.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lambdalint/engine/analyze.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  lambdalint::AnalysisResult r = lambdalint::analyzeText("main.tf", std::move(text));
  (void)r;
  return 0;
}

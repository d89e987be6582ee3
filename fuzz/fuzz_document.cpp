// Fuzz target: the positioned YAML/JSON document model (doc::parseDocument). It must never
// crash, hang or throw, whatever the bytes; a failed document must say why (INP001).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lambdalint/document/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lambdalint;
  std::string text(reinterpret_cast<const char*>(data), size);
  auto doc = doc::parseDocument(std::make_shared<SourceFile>("fuzz.yaml", std::move(text)));
  if (doc->failed() && doc->issues().empty()) std::abort();  // a failure without a finding
  // Walk what was built: positions must be inside the file.
  for (const doc::ParseIssue& issue : doc->issues())
    if (issue.range.begin.line > doc->file().lineCount() + 1) std::abort();
  return 0;
}

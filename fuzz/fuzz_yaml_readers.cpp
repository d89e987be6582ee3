// Fuzz target: our own YAML reader against the libraries (differential). Wherever it accepts
// a text, libfyaml must build the same document from it; where libfyaml refuses the text,
// yaml-cpp must read it (libfyaml 0.7 wrongly rejects a few valid texts). Anything else means
// our reader took a text it cannot read exactly: a crash the fuzzer keeps.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "../tests/support/document_dump.hpp"
#include "document/yaml_readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lambdalint;
  if (size > 64 * 1024) return 0;
  auto file = std::make_shared<SourceFile>(
      "fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
  auto common = doc::parseWithReader(file, doc::YamlReader::Common);
  if (!common) return 0;
  auto library = doc::parseWithReader(file, doc::YamlReader::Libfyaml);
  if (!library) {
    if (!doc::parseWithReader(file, doc::YamlReader::YamlCpp)) {
      std::fprintf(stderr, "accepted a text both libraries refuse\n");
      std::abort();
    }
    return 0;
  }
  std::string ours = test_support::dumpDocument(*common);
  std::string theirs = test_support::dumpDocument(*library);
  if (ours != theirs) {
    std::fprintf(stderr, "--- ours\n%s--- libfyaml\n%s", ours.c_str(), theirs.c_str());
    std::abort();
  }
  return 0;
}

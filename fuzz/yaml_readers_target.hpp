#pragma once
// The differential check of our own YAML reader (fuzz_yaml_readers and its replayed
// regressions): where it accepts a text, libfyaml must build the same document; where
// libfyaml refuses the text, yaml-cpp must read it (libfyaml 0.7 wrongly rejects a few valid
// texts). Returns what went wrong, or an empty string.
#include <memory>
#include <string>

#include "../tests/support/document_dump.hpp"
#include "document/yaml_readers.hpp"

namespace lambdalint::fuzzing {

inline std::string compareYamlReaders(const std::string& text) {
  auto file = std::make_shared<SourceFile>("fuzz.yaml", text);
  auto common = doc::parseWithReader(file, doc::YamlReader::Common);
  if (!common) return "";
  auto library = doc::parseWithReader(file, doc::YamlReader::Libfyaml);
  if (!library) {
    if (doc::parseWithReader(file, doc::YamlReader::YamlCpp)) return "";
    return "our reader accepted a text both libraries refuse";
  }
  std::string ours = test_support::dumpDocument(*common);
  std::string theirs = test_support::dumpDocument(*library);
  if (ours == theirs) return "";
  return "--- ours\n" + ours + "--- libfyaml\n" + theirs;
}

}  // namespace lambdalint::fuzzing

// Fuzz target: the suppression-comment scanner (`# lambdalint: ignore ...`). Every directive
// and id range it returns must lie on an existing line.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lambdalint/findings/comments.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lambdalint;
  std::string text(reinterpret_cast<const char*>(data), size);
  SourceFile file("fuzz.yaml", text);
  for (const findings::CommentDirective& d : findings::scanComments(file)) {
    if (d.line == 0 || d.line > file.lineCount()) std::abort();
    for (const auto& id : d.ids)
      if (id.range.begin.line != d.line || id.text.empty()) std::abort();
  }
  size_t nl = text.find('\n');
  std::string_view first = std::string_view(text).substr(0, nl);
  size_t at = findings::commentStart(first);
  if (at != std::string_view::npos && (at >= first.size() || first[at] != '#')) std::abort();
  return 0;
}

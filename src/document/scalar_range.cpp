#include "document/scalar_range.hpp"

#include <algorithm>

namespace lambdalint::doc {
namespace {

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The `|` or `>` that opens a block scalar: the first one after `from` and before `limit`
// outside comments (a comment may itself contain `>`).
size_t blockHeader(const std::string& src, size_t from, size_t limit) {
  bool afterBlank = true;
  for (size_t i = from; i < limit; ++i) {
    char c = src[i];
    if (c == '#' && afterBlank) {
      while (i < limit && src[i] != '\n') ++i;
      afterBlank = true;
      continue;
    }
    if (c == '|' || c == '>') return i;
    afterBlank = isBlank(c);
  }
  return std::string::npos;
}

}  // namespace

ScalarSpan scalarSpan(const std::string& src, size_t start, size_t end, bool quoted, bool block,
                      size_t searchFrom) {
  start = std::min(start, src.size());
  end = std::clamp(end, start, src.size());
  if (quoted) {
    if (start > 0 && (src[start - 1] == '"' || src[start - 1] == '\'')) --start;
    if (end < src.size() && (src[end] == '"' || src[end] == '\'')) ++end;
    return {start, end};
  }
  if (block) {
    size_t header = searchFrom < start ? blockHeader(src, searchFrom, start) : std::string::npos;
    if (header != std::string::npos) start = header;
    while (end > start + 1 && isBlank(src[end - 1])) --end;
    return {start, end};
  }
  return {start, end};
}

}  // namespace lambdalint::doc

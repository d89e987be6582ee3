#pragma once
// The parser reports where a scalar's text starts and ends. What users see as the value is a
// little wider: the quotes around a quoted scalar, and a `|` / `>` block from its header to
// its last content line (the parser's block starts on the next line and ends after any
// trailing blank lines).
#include <cstddef>
#include <string>

namespace lambdalint::doc {

struct ScalarSpan {
  size_t begin;
  size_t end;  // exclusive
};

// `start`/`end`: the parser's offsets of the scalar's text. `searchFrom`: where the previous
// token ended, from which a block header is looked for.
ScalarSpan scalarSpan(const std::string& src, size_t start, size_t end, bool quoted, bool block,
                      size_t searchFrom);

}  // namespace lambdalint::doc

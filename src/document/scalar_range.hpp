#pragma once
// Where a scalar's value is written, as users see it: with the quotes of a quoted scalar, and
// a `|` / `>` block from its header to its last content line.
#include <cstddef>
#include <string>

#include "lambdalint/document/source.hpp"

namespace lambdalint::doc {

struct ScalarSpan {
  size_t begin;
  size_t end;  // exclusive
};

// libfyaml reports the offsets of the scalar's text: without its quotes, and for a block from
// the line after its header to after any trailing blank lines. `searchFrom`: where the
// previous token ended, from which a block header is looked for.
ScalarSpan scalarSpan(const std::string& src, size_t start, size_t end, bool quoted, bool block,
                      size_t searchFrom);

// yaml-cpp reports only where a node starts (at its tag or anchor, if any): the range is
// recovered from the source text, past `!Tag` and `&anchor`, to the closing quote, the end
// of a plain value (its first line), or the last line of a block.
SourceRange scalarRangeAtMark(const SourceFile& file, Position mark, const std::string& value);

}  // namespace lambdalint::doc

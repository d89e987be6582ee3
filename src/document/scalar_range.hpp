#pragma once
// yaml-cpp reports only where a node starts (at its tag or anchor, if any). The range of a
// scalar's value is recovered from the source text: past `!Tag` and `&anchor`, to the closing
// quote, the end of a plain value, or the last line of a `|` / `>` block.
#include <string>

#include "lambdalint/document/source.hpp"

namespace lambdalint::doc {

SourceRange scalarRange(const SourceFile& file, Position mark, const std::string& value);

}  // namespace lambdalint::doc

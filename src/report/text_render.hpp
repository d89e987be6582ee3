#pragma once
// Terminal rendering helpers for the text reporter (private to src/report).
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/engine/finding.hpp"

namespace lambdalint::report::text {

inline constexpr size_t kTabWidth = 8;

// Text from a scanned file or a message, made safe for a terminal: control characters
// (including ESC and the C1 controls, which could re-style or rewrite the screen), the
// bidirectional overrides and isolates, and bytes that are not well-formed UTF-8 become '?';
// a trailing '\r' is dropped; tabs are kept.
std::string sanitize(std::string_view s);

// Like sanitize, for a message: a line break continues on a new line after `continuation`.
std::string sanitizeMessage(std::string_view s, std::string_view continuation);

// "file:line:col", "file:line" when the column is unknown, "file" when the line is unknown.
// Columns are Unicode code points (converted from bytes with the snippet).
std::string position(const ReportedLocation& loc);

// A source line as shown: tabs expanded to kTabWidth stops, controls sanitised, with the
// display column of every byte so carets line up under multi-byte characters and tabs.
struct RenderedLine {
  std::string text;
  std::vector<size_t> columnOfByte;  // 0-based display column where each byte starts
  size_t width = 0;                  // display width of the whole line
  // 0-based display column of a 0-based byte offset (past the end: one column per byte).
  size_t displayColumn(size_t byteOffset) const;
};
RenderedLine renderLine(std::string_view line);

}  // namespace lambdalint::report::text

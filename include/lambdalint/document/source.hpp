#pragma once
// A file's bytes and where its lines start: the one place positions become text.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lambdalint {

// 1-based line and column; 0 means "unknown".
struct Position {
  uint32_t line = 0;
  uint32_t column = 0;
  friend bool operator==(const Position&, const Position&) = default;
  friend auto operator<=>(const Position&, const Position&) = default;
};

struct SourceRange {
  Position begin;
  Position end;  // inclusive-exclusive like SARIF: column after the last character
};

class SourceFile {
 public:
  // displayPath: relative to the scanned root, '/'-separated (what users and SARIF see).
  SourceFile(std::string displayPath, std::string content);

  const std::string& path() const { return path_; }
  const std::string& content() const { return content_; }
  size_t lineCount() const { return lineStarts_.size(); }
  // The text of a 1-based line without its line terminator; empty when out of range.
  std::string_view line(uint32_t line) const;
  // Byte offset of a position, and the position of a byte offset (columns count bytes).
  size_t offsetOf(Position p) const;
  Position positionAt(size_t offset) const;

 private:
  std::string path_;
  std::string content_;
  std::vector<size_t> lineStarts_;
};

struct Location {
  const SourceFile* file = nullptr;
  SourceRange range;
  bool known() const { return file != nullptr && range.begin.line != 0; }
};

}  // namespace lambdalint

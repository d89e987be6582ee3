#include "lambdalint/document/source.hpp"

#include <algorithm>
#include <cstring>

namespace lambdalint {

SourceFile::SourceFile(std::string displayPath, std::string content)
    : path_(std::move(displayPath)), content_(std::move(content)) {
  lineStarts_.push_back(0);
  const char* begin = content_.data();
  const char* end = begin + content_.size();
  for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', end - p)));)
    lineStarts_.push_back(static_cast<size_t>(++p - begin));
}

std::string_view SourceFile::line(uint32_t line) const {
  if (line == 0 || line > lineStarts_.size()) return {};
  size_t begin = lineStarts_[line - 1];
  size_t end = line < lineStarts_.size() ? lineStarts_[line] - 1 : content_.size();
  if (end > begin && content_[end - 1] == '\r') --end;
  if (end < begin) end = begin;
  return std::string_view(content_).substr(begin, end - begin);
}

size_t SourceFile::offsetOf(Position p) const {
  if (p.line == 0 || p.line > lineStarts_.size()) return content_.size();
  return std::min(content_.size(), lineStarts_[p.line - 1] + (p.column ? p.column - 1 : 0));
}

Position SourceFile::positionAt(size_t offset) const {
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  auto line = static_cast<uint32_t>(it - lineStarts_.begin());
  return Position{line, static_cast<uint32_t>(offset - lineStarts_[line - 1] + 1)};
}

}  // namespace lambdalint

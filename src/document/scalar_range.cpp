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

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t'; }

// Skips `!Tag ` and `&anchor ` properties written before the value.
size_t skipProperties(const std::string& src, size_t pos) {
  while (pos < src.size() && (src[pos] == '!' || src[pos] == '&')) {
    while (pos < src.size() && !isSpace(src[pos]) && src[pos] != '\n' && src[pos] != '\r') ++pos;
    while (pos < src.size() && isSpace(src[pos])) ++pos;
  }
  return pos;
}

size_t lineEnd(const std::string& src, size_t pos) {
  size_t eol = src.find('\n', pos);
  if (eol == std::string::npos) eol = src.size();
  if (eol > pos && src[eol - 1] == '\r') --eol;
  return eol;
}

size_t quotedEnd(const std::string& src, size_t pos) {
  char q = src[pos];
  for (size_t i = pos + 1; i < src.size() && src[i] != '\n'; ++i) {
    if (q == '"' && src[i] == '\\') {
      ++i;
    } else if (src[i] == q) {
      if (q == '\'' && i + 1 < src.size() && src[i + 1] == '\'') {
        ++i;
        continue;
      }
      return i + 1;
    }
  }
  return lineEnd(src, pos);  // a quoted value that continues on the next lines
}

size_t indentOf(const SourceFile& file, uint32_t line) {
  std::string_view text = file.line(line);
  size_t n = 0;
  while (n < text.size() && text[n] == ' ') ++n;
  return n;
}

// A block scalar ends at the last non-blank line indented deeper than its header's line.
size_t blockEnd(const SourceFile& file, uint32_t headerLine) {
  size_t headerIndent = indentOf(file, headerLine);
  uint32_t last = headerLine;
  for (uint32_t line = headerLine + 1; line <= file.lineCount(); ++line) {
    std::string_view text = file.line(line);
    if (text.find_first_not_of(" \t") == std::string_view::npos) continue;
    if (indentOf(file, line) <= headerIndent) break;
    last = line;
  }
  return file.offsetOf(Position{last, 1}) + file.line(last).size();
}

}  // namespace

SourceRange scalarRangeAtMark(const SourceFile& file, Position mark, const std::string& value) {
  const std::string& src = file.content();
  size_t pos = file.offsetOf(mark);
  if (pos >= src.size()) return SourceRange{mark, mark};
  pos = skipProperties(src, pos);
  size_t end;
  if (pos >= src.size()) {
    end = pos;
  } else if (src[pos] == '"' || src[pos] == '\'') {
    end = quotedEnd(src, pos);
  } else if (src[pos] == '|' || src[pos] == '>') {
    end = blockEnd(file, file.positionAt(pos).line);
  } else if (!value.empty() && src.compare(pos, value.size(), value) == 0) {
    end = pos + value.size();
  } else {
    end = lineEnd(src, pos);  // a plain value folded over several lines: its first line
  }
  return SourceRange{file.positionAt(pos), file.positionAt(end)};
}

}  // namespace lambdalint::doc

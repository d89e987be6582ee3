#include "report/text_render.hpp"

#include "report/common.hpp"

namespace lambdalint::report::text {
namespace {

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Appends s[i..] sanitised for one code point, returning how many bytes it consumed.
size_t appendSafe(std::string& out, std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x20 || c == 0x7F) {
    out += '?';
    return 1;
  }
  // C1 controls U+0080..U+009F are encoded as C2 80..C2 9F.
  if (c == 0xC2 && i + 1 < s.size()) {
    unsigned char d = static_cast<unsigned char>(s[i + 1]);
    if (d >= 0x80 && d <= 0x9F) {
      out += '?';
      return 2;
    }
  }
  out += static_cast<char>(c);
  return 1;
}

std::string_view dropCr(std::string_view s) {
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

}  // namespace

std::string sanitize(std::string_view s) {
  s = dropCr(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\t') {
      out += '\t';
      ++i;
      continue;
    }
    i += appendSafe(out, s, i);
  }
  return out;
}

std::string sanitizeMessage(std::string_view s, std::string_view continuation) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  std::string out;
  size_t start = 0;
  while (true) {
    size_t nl = s.find('\n', start);
    std::string_view part = s.substr(start, nl == std::string_view::npos ? s.npos : nl - start);
    out += sanitize(part);
    if (nl == std::string_view::npos) break;
    out += '\n';
    out += continuation;
    start = nl + 1;
  }
  return out;
}

std::string position(const ReportedLocation& loc) {
  std::string s = loc.file.empty() ? std::string("(no file)") : sanitize(loc.file);
  if (loc.range.begin.line == 0) return s;
  s += ':' + std::to_string(loc.range.begin.line);
  if (loc.range.begin.column == 0) return s;
  s += ':' + std::to_string(detail::codePointColumn(loc.snippet, loc.range.begin.column));
  return s;
}

size_t RenderedLine::displayColumn(size_t byteOffset) const {
  if (byteOffset < columnOfByte.size()) return columnOfByte[byteOffset];
  return width + (byteOffset - columnOfByte.size());
}

RenderedLine renderLine(std::string_view line) {
  line = dropCr(line);
  RenderedLine r;
  r.columnOfByte.resize(line.size());
  size_t col = 0;
  for (size_t i = 0; i < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    r.columnOfByte[i] = col;
    if (c == '\t') {
      size_t next = (col / kTabWidth + 1) * kTabWidth;
      r.text.append(next - col, ' ');
      col = next;
      ++i;
      continue;
    }
    size_t used = appendSafe(r.text, line, i);
    // The rest of a multi-byte character shares its first byte's column.
    size_t j = i + used;
    if (used == 1 && c >= 0xC0) {
      while (j < line.size() && isContinuation(static_cast<unsigned char>(line[j]))) {
        r.text += line[j];
        ++j;
      }
    }
    for (size_t k = i + 1; k < j; ++k) r.columnOfByte[k] = col;
    ++col;
    i = j;
  }
  r.width = col;
  return r;
}

}  // namespace lambdalint::report::text

#include "report/text_render.hpp"

#include "report/common.hpp"

namespace lambdalint::report::text {
namespace {


// Characters a terminal must not receive from a scanned file: C0/C1 controls and DEL (escape
// sequences could re-style or rewrite the screen) and the bidirectional overrides and
// isolates (U+202A..U+202E, U+2066..U+2069), which could make the shown line lie.
bool isUnsafe(std::string_view seq) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(seq[k]); };
  if (seq.size() == 1) return b(0) < 0x20 || b(0) == 0x7F;
  if (seq.size() == 2) return b(0) == 0xC2 && b(1) <= 0x9F;
  if (seq.size() == 3 && b(0) == 0xE2)
    return (b(1) == 0x80 && b(2) >= 0xAA && b(2) <= 0xAE) || (b(1) == 0x81 && b(2) >= 0xA6 && b(2) <= 0xA9);
  return false;
}

// Appends the character at s[i] (or '?' for an unsafe character or a byte that is not
// well-formed UTF-8) and returns how many bytes it consumed. One call, one display column.
size_t appendSafe(std::string& out, std::string_view s, size_t i) {
  size_t n = detail::utf8Length(s, i);
  if (n == 0) {
    out += '?';
    return 1;
  }
  std::string_view seq = s.substr(i, n);
  if (isUnsafe(seq))
    out += '?';
  else
    out += seq;
  return n;
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
    // The rest of a multi-byte character shares its first byte's column.
    size_t j = i + appendSafe(r.text, line, i);
    for (size_t k = i + 1; k < j; ++k) r.columnOfByte[k] = col;
    ++col;
    i = j;
  }
  r.width = col;
  return r;
}

}  // namespace lambdalint::report::text

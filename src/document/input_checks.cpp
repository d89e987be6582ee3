#include "document/input_checks.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include <nlohmann/json.hpp>

namespace lambdalint::doc {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid.
size_t utf8SequenceLength(const unsigned char* s, size_t i, size_t n) {
  unsigned char c = s[i];
  if (c < 0x80) return 1;
  size_t len;
  unsigned int cp;
  if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1F;
  else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0F;
  else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07;
  else return 0;
  if (i + len > n) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((s[i + k] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i + k] & 0x3F);
  }
  // Reject overlong forms, surrogates and values past U+10FFFF.
  if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
      (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
    return 0;
  return len;
}

}  // namespace

std::optional<InputProblem> checkReadableText(const SourceFile& file) {
  const std::string& text = file.content();
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    size_t at = static_cast<const char*>(nul) - text.data();
    return InputProblem{file.positionAt(at),
                        "binary file: it contains a NUL byte, so it is not a YAML or JSON "
                        "template (UTF-16 and UTF-32 files are not supported)"};
  }
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  for (size_t i = 0; i < n;) {
    // Eight ASCII bytes at a time: templates are mostly ASCII.
    uint64_t word;
    if (i + 8 <= n && (std::memcpy(&word, s + i, 8), (word & 0x8080808080808080ull) == 0)) {
      i += 8;
      continue;
    }
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    size_t len = utf8SequenceLength(s, i, n);
    if (len == 0)
      return InputProblem{file.positionAt(i), "invalid UTF-8 byte sequence: templates must be "
                                              "UTF-8 text"};
    i += len;
  }
  return std::nullopt;
}

std::optional<InputProblem> checkStrictJson(const SourceFile& file) {
  const std::string& text = file.content();
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos || text[first] != '{') return std::nullopt;
  if (nlohmann::json::accept(text)) return std::nullopt;
  try {
    (void)nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte is 1-based and points just past the offending token.
    size_t at = e.byte > 0 ? e.byte - 1 : 0;
    std::string what = e.what();
    size_t colon = what.rfind(": ");
    return InputProblem{file.positionAt(std::min(at, text.size())),
                        "invalid JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2))};
  } catch (const nlohmann::json::exception& e) {
    // A number too large for a double (`1e99999`) and the like: unreadable, not a crash.
    std::string what = e.what();
    size_t bracket = what.find("] ");
    return InputProblem{Position{1, 1},
                        "invalid JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2))};
  }
  return InputProblem{Position{1, 1}, "invalid JSON"};
}

}  // namespace lambdalint::doc

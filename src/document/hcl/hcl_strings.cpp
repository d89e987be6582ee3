#include "document/hcl/hcl_strings.hpp"

namespace lambdalint::doc {
namespace {

void appendUtf8(std::string& out, unsigned long cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool hexDigits(std::string_view s, size_t n, unsigned long& value) {
  if (s.size() < n) return false;
  value = 0;
  for (size_t i = 0; i < n; ++i) {
    char c = s[i];
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (d < 0) return false;
    value = value * 16 + static_cast<unsigned long>(d);
  }
  return true;
}

}  // namespace

std::string unescapeHclString(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if ((c == '$' || c == '%') && raw.substr(i + 1, 2) == std::string(1, c) + "{") {
      out += c;  // `$${` is a literal `${`
      out += '{';
      i += 2;
      continue;
    }
    if (c != '\\' || i + 1 == raw.size()) {
      out += c;
      continue;
    }
    char e = raw[++i];
    unsigned long cp = 0;
    switch (e) {
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case 'u':
        if (hexDigits(raw.substr(i + 1), 4, cp)) {
          appendUtf8(out, cp);
          i += 4;
        } else {
          out += "\\u";
        }
        break;
      case 'U':
        if (hexDigits(raw.substr(i + 1), 8, cp)) {
          appendUtf8(out, cp);
          i += 8;
        } else {
          out += "\\U";
        }
        break;
      default:
        out += '\\';
        out += e;
    }
  }
  return out;
}

}  // namespace lambdalint::doc

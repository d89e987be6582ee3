#include "document/hcl/hcl_strings.hpp"

#include "document/utf8.hpp"

namespace lambdalint::doc {
namespace {

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
          appendUtf8(out, static_cast<uint32_t>(cp));
          i += 4;
        } else {
          out += "\\u";
        }
        break;
      case 'U':
        if (hexDigits(raw.substr(i + 1), 8, cp)) {
          appendUtf8(out, static_cast<uint32_t>(cp));
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

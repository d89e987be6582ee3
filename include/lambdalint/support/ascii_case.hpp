#pragma once
// ASCII case without a locale: AWS compares action names, HTTP methods and keys that way, and
// comparing in place spares the lowercase copies that hot rule checks used to make.
#include <algorithm>
#include <string>
#include <string_view>

namespace lambdalint::ascii {

inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

inline bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

inline bool startsWithIgnoringCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && equalsIgnoringCase(s.substr(0, prefix.size()), prefix);
}

inline bool containsIgnoringCase(std::string_view text, std::string_view part) {
  for (size_t i = 0; i + part.size() <= text.size(); ++i)
    if (equalsIgnoringCase(text.substr(i, part.size()), part)) return true;
  return false;
}

}  // namespace lambdalint::ascii

#include "lambdalint/model/value.hpp"

#include <charconv>

namespace lambdalint::model {

std::optional<std::string> Value::effectiveText() const {
  if (kind == Kind::Literal) return text;
  if (kind == Kind::ParameterRef && hasDefault) return text;
  return std::nullopt;
}

std::optional<long long> Value::effectiveInt() const {
  auto t = effectiveText();
  if (!t || t->empty()) return std::nullopt;
  long long v = 0;
  const char* begin = t->data() + ((*t)[0] == '+' ? 1 : 0);
  auto [p, ec] = std::from_chars(begin, t->data() + t->size(), v);
  if (ec != std::errc() || p != t->data() + t->size()) return std::nullopt;
  return v;
}

}  // namespace lambdalint::model

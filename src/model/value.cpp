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

std::vector<const Value*> Value::alternatives() const {
  std::vector<const Value*> out;
  if (branches.empty()) {
    out.push_back(this);
    return out;
  }
  for (const Value& b : branches) out.push_back(&b);
  return out;
}

std::string Value::whenText() const {
  std::string out;
  for (const auto& [condition, outcome] : when)
    out += (out.empty() ? "when condition `" : " and condition `") + condition + "` is " +
           (outcome ? "true" : "false");
  return out;
}

}  // namespace lambdalint::model

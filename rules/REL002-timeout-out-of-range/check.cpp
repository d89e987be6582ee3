// REL002 timeout-out-of-range: Timeout must be a whole number of seconds from 1 to 900.
#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

constexpr long long kMinTimeout = 1;
constexpr long long kMaxTimeout = 900;

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// What a timeout value evaluates to, as far as the template tells.
struct Evaluated {
  enum class Kind { Integer, Below, Above, NotInteger } kind;
  long long seconds = 0;
  std::string text;
};

std::optional<Evaluated> evaluate(const model::Value& v) {
  if (v.kind != model::Value::Kind::Literal &&
      !(v.kind == model::Value::Kind::ParameterRef && v.hasDefault))
    return std::nullopt;
  std::optional<std::string> text = v.effectiveText();
  if (!text) return std::nullopt;
  std::string_view t = trim(*text);
  // An empty parameter default means "always pass a value": nothing to judge.
  if (t.empty() && v.kind == model::Value::Kind::ParameterRef) return std::nullopt;
  Evaluated e{Evaluated::Kind::Integer, 0, std::string(t)};
  // A whole number, optionally signed; one too large for a long long is still out of range.
  std::string_view digits = t;
  bool negative = false;
  if (!digits.empty() && (digits.front() == '+' || digits.front() == '-')) {
    negative = digits.front() == '-';
    digits.remove_prefix(1);
  }
  if (digits.empty()) {
    e.kind = Evaluated::Kind::NotInteger;
    return e;
  }
  long long n = 0;
  for (char c : digits) {
    if (!std::isdigit(static_cast<unsigned char>(c))) {
      e.kind = Evaluated::Kind::NotInteger;
      return e;
    }
    if (n > 1'000'000'000'000LL) {  // far beyond any limit: stop before overflowing
      e.kind = negative ? Evaluated::Kind::Below : Evaluated::Kind::Above;
      return e;
    }
    n = n * 10 + (c - '0');
  }
  e.seconds = negative ? -n : n;
  return e;
}

// What is wrong with a timeout value, or nullopt when it is fine or cannot be judged.
std::optional<Evaluated> problem(const model::Value& v) {
  std::optional<Evaluated> e = evaluate(v);
  if (!e) return std::nullopt;
  if (e->kind == Evaluated::Kind::Integer) {
    if (e->seconds >= kMinTimeout && e->seconds <= kMaxTimeout) return std::nullopt;
    e->kind = e->seconds < kMinTimeout ? Evaluated::Kind::Below : Evaluated::Kind::Above;
  }
  return e;
}

std::string describeProblem(const model::Value& v, const Evaluated& e,
                            const std::vector<std::string>& functions) {
  const std::string who = functionList(functions);
  const bool param = v.kind == model::Value::Kind::ParameterRef;
  std::string subject = param ? "Timeout of " + who + " comes from parameter `" + v.name +
                                    "`, whose default `" + e.text + "`"
                              : "Timeout `" + e.text + "` of " + who;
  switch (e.kind) {
    case Evaluated::Kind::NotInteger:
      return subject + " is not a whole number of seconds: Lambda accepts an integer from 1 to "
                       "900, so the deployment fails";
    case Evaluated::Kind::Below:
      return subject + " is below Lambda's minimum of 1 second: the deployment fails";
    case Evaluated::Kind::Above:
      return subject + " is above Lambda's maximum of 900 seconds (15 minutes): the deployment "
                       "fails";
    case Evaluated::Kind::Integer:
      break;
  }
  return {};
}

class TimeoutOutOfRange final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    std::vector<const model::Function*> wrong;
    for (const model::Function& fn : ctx.project().functions)
      if (problem(fn.timeout)) wrong.push_back(&fn);
    // One finding per written value: a Globals timeout is shared by every function that
    // inherits it, and its defect is at one place.
    for (const Shared<model::Value>& g : groupBySharedValue(wrong, &model::Function::timeout))
      ctx.report(g.where, describeProblem(*g.item, *problem(*g.item), g.ids()));
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL002() { return std::make_unique<TimeoutOutOfRange>(); }

}  // namespace lambdalint::rules

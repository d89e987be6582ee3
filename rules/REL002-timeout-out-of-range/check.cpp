// REL002 timeout-out-of-range: Timeout must be a whole number of seconds from 1 to 900.
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

// What is wrong with a timeout value, or nullopt when it is fine or cannot be judged.
std::optional<WrittenInteger> problem(const model::Value& v) {
  std::optional<WrittenInteger> w = writtenInteger(v);
  if (!w || (w->kind == WrittenInteger::Kind::Integer && w->value >= kMinTimeout &&
             w->value <= kMaxTimeout))
    return std::nullopt;
  return w;
}

std::string describeProblem(const model::Value& v, const WrittenInteger& e,
                            const std::vector<std::string>& functions) {
  const std::string who = functionList(functions);
  const bool param = v.kind == model::Value::Kind::ParameterRef;
  std::string subject = param ? "Timeout of " + who + " comes from parameter `" + v.name +
                                    "`, whose default `" + e.text + "`"
                              : "Timeout `" + e.text + "` of " + who;
  if (e.kind == WrittenInteger::Kind::NotInteger)
    return subject + " is not a whole number of seconds: Lambda accepts an integer from 1 to "
                     "900, so the deployment fails";
  if (e.value < kMinTimeout)
    return subject + " is below Lambda's minimum of 1 second: the deployment fails";
  return subject + " is above Lambda's maximum of 900 seconds (15 minutes): the deployment "
                   "fails";
}

class TimeoutOutOfRange final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    // One finding per written value: a Globals timeout is shared by every function that
    // inherits it, and its defect is at one place. Each branch of an Fn::If is a value.
    SharedGroups<model::Value> wrong;
    for (const model::Function& fn : ctx.project().functions)
      for (const model::Value* v : fn.timeout.alternatives())
        if (problem(*v)) wrong.add(fn, *v, v->where, v->whenText());
    for (const Shared<model::Value>& g : wrong) {
      const std::string when = g.item->whenText();
      ctx.report(g.where, (when.empty() ? "" : when + ", ") +
                              describeProblem(*g.item, *problem(*g.item), g.ids()));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL002() { return std::make_unique<TimeoutOutOfRange>(); }

}  // namespace lambdalint::rules

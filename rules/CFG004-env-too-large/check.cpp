// CFG004 env-too-large: names and values of the environment add up to more than 4 KB.
#include <algorithm>
#include <limits>
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

constexpr size_t kLimit = 4096;  // bytes, names and values together

// The bytes a variable is known to take: its name, and its value when it can be read.
size_t knownSize(const model::EnvVar& var) {
  // Under Fn::If, the smallest branch: the rule claims only what every deployment gets.
  size_t smallest = std::numeric_limits<size_t>::max();
  for (const model::Value* v : var.value.alternatives())
    smallest = std::min(smallest, writtenText(*v).value_or("").size());
  return var.name.size() + (smallest == std::numeric_limits<size_t>::max() ? 0 : smallest);
}

class EnvTooLarge final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    SharedGroups<model::EnvVar> found;  // by the largest variable, and the total
    for (const model::Function& fn : ctx.project().functions) {
      size_t total = 0, largestSize = 0;
      const model::EnvVar* largest = nullptr;
      for (const model::EnvVar& var : fn.environment) {
        size_t size = knownSize(var);
        total += size;
        if (size > largestSize) largestSize = size, largest = &var;
      }
      if (total > kLimit && largest)
        found.add(fn, *largest, largest->nameWhere, std::to_string(total));
    }
    for (const Shared<model::EnvVar>& g : found)
      ctx.report(g.where, "the environment variables of " + functionList(g.ids()) +
                              " take at least " + g.key + " bytes, over Lambda's limit of " +
                              std::to_string(kLimit) + ": the deployment fails; the largest, `" +
                              g.item->name + "` (" + std::to_string(knownSize(*g.item)) +
                              " bytes), belongs in Parameter Store or AppConfig");
  }
};

}  // namespace

std::unique_ptr<Rule> make_CFG004() { return std::make_unique<EnvTooLarge>(); }

}  // namespace lambdalint::rules

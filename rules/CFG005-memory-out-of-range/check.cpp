// CFG005 memory-out-of-range: MemorySize must be a whole number of MB from 128 to 10240.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

constexpr long long kMinMemory = 128;
constexpr long long kMaxMemory = 10240;

std::optional<WrittenInteger> problem(const model::Value& v) {
  std::optional<WrittenInteger> w = writtenInteger(v);
  if (!w || (w->kind == WrittenInteger::Kind::Integer && w->value >= kMinMemory &&
             w->value <= kMaxMemory))
    return std::nullopt;
  return w;
}

class MemoryOutOfRange final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    std::vector<const model::Function*> wrong;
    for (const model::Function& fn : ctx.project().functions)
      if (problem(fn.memorySize)) wrong.push_back(&fn);
    for (const Shared<model::Value>& g : groupBySharedValue(wrong, &model::Function::memorySize)) {
      const WrittenInteger w = *problem(*g.item);
      std::string subject =
          w.fromParameter ? "memory size of " + functionList(g.ids()) + " comes from parameter `" +
                                g.item->name + "`, whose default `" + w.text + "`"
                          : "memory size `" + w.text + "` of " + functionList(g.ids());
      std::string why = w.kind == WrittenInteger::Kind::NotInteger
                            ? " is not a whole number of MB"
                        : w.value < kMinMemory ? " is below Lambda's minimum of 128 MB"
                                               : " is above Lambda's maximum of 10240 MB";
      ctx.report(g.where, subject + why + ": the deployment fails");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CFG005() { return std::make_unique<MemoryOutOfRange>(); }

}  // namespace lambdalint::rules

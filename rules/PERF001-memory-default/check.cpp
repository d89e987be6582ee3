// PERF001 memory-default: no MemorySize, so the deployment tool's default applies.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"

namespace lambdalint::rules {
namespace {

class MemoryDefault final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      // Any written value counts, even one we cannot evaluate: the author chose it.
      if (fn.memorySize.present()) continue;
      ctx.report(fn.where, "function `" + fn.label() + "` does not set its memory size, so " +
                               std::to_string(fn.defaultMemory) +
                               " MB applies: memory also sets CPU, so measure and choose it");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_PERF001() { return std::make_unique<MemoryDefault>(); }

}  // namespace lambdalint::rules

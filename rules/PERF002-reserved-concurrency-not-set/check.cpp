// PERF002 reserved-concurrency-not-set (opt-in): no ReservedConcurrentExecutions.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class ReservedConcurrencyNotSet final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions)
      if (!fn.reservedConcurrency.present())
        ctx.report(fn.where, "function `" + fn.label() +
                                 "` reserves no concurrency: it shares the account's pool, "
                                 "and nothing caps how far it scales");
  }
};

}  // namespace

std::unique_ptr<Rule> make_PERF002() { return std::make_unique<ReservedConcurrencyNotSet>(); }

}  // namespace lambdalint::rules

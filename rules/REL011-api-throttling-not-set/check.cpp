// REL011 api-throttling-not-set: an API stage without default burst or rate limits.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class ApiThrottlingNotSet final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::ApiStage& s : ctx.project().apiStages) {
      if (s.throttlingUnsupported || s.throttlingBurst.present() || s.throttlingRate.present()) continue;
      ctx.report(s.where, apiStageLabel(s) + " sets no default throttling: it accepts up to the "
                                             "account's regional limit, shared with every other API");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL011() { return std::make_unique<ApiThrottlingNotSet>(); }

}  // namespace lambdalint::rules

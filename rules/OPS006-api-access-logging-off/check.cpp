// OPS006 api-access-logging-off: an API Gateway stage without access logs.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class ApiAccessLoggingOff final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::ApiStage& s : ctx.project().apiStages) {
      if (s.accessLogSet) continue;
      ctx.report(s.where, std::string(apiStageLabel(s)) + " writes no access logs: requests "
                              "rejected, throttled or failed before reaching a function leave "
                              "no trace");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_OPS006() { return std::make_unique<ApiAccessLoggingOff>(); }

}  // namespace lambdalint::rules

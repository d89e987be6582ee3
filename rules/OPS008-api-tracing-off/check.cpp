// OPS008 api-tracing-off: a REST API stage without X-Ray tracing.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class ApiTracingOff final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::ApiStage& s : ctx.project().apiStages) {
      if (s.kind != model::Api::Kind::Rest) continue;  // HTTP and WebSocket APIs have no X-Ray
      const std::string subject = apiStageLabel(s);
      if (!s.tracing.present()) {
        ctx.report(s.where, subject + " does not turn on X-Ray tracing: traces start at the "
                                      "function, and API Gateway's share of the latency is not seen");
        continue;
      }
      std::optional<std::string> text = writtenText(s.tracing);
      if (!text || (*text != "false" && *text != "False")) continue;  // true, or unknown
      auto finding = ctx.report(s.tracing.where, subject + " turns X-Ray tracing off" +
                                                     (s.tracing.isLiteral() ? "" : " by default"));
      if (s.tracing.isLiteral())
        finding.fix("Set it to `true`", s.tracing.where, replacementKeepingQuotes(s.tracing.where, "true"));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_OPS008() { return std::make_unique<ApiTracingOff>(); }

}  // namespace lambdalint::rules

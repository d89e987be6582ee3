// OPS010 appsync-tracing-off: an AppSync GraphQL API without X-Ray tracing.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class AppSyncTracingOff final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::RawResource& r : ctx.project().resources) {
      const bool cfn = r.type == "AWS::AppSync::GraphQLApi";
      if (!cfn && r.type != "aws_appsync_graphql_api") continue;
      const doc::Node* enabled = rawSetting(r.properties, {cfn ? "XrayEnabled" : "xray_enabled"});
      const std::string subject = "AppSync GraphQL API `" + r.id + "`";
      if (!enabled) {
        ctx.report(r.where, subject + " does not turn on X-Ray tracing: resolver latency and errors "
                                      "do not appear in traces");
        continue;
      }
      if (literalFlag(enabled) != false) continue;  // on, or unknown
      ctx.report(enabled->location(), subject + " turns X-Ray tracing off")
          .fix("Set it to `true`", enabled->location(), replacementKeepingQuotes(enabled->location(), "true"));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_OPS010() { return std::make_unique<AppSyncTracingOff>(); }

}  // namespace lambdalint::rules

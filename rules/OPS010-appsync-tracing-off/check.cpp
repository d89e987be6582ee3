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
      reportTracingSwitch(ctx, r.where, enabled, "AppSync GraphQL API `" + r.id + "`",
                          "resolver latency and errors do not appear in traces");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_OPS010() { return std::make_unique<AppSyncTracingOff>(); }

}  // namespace lambdalint::rules

// SEC019 security-group-all-egress (opt-in): a function's security group lets it send any
// traffic anywhere, EC2's default.
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

// Every protocol: "-1" (CloudFormation, Terraform) or "all".
bool allProtocols(const model::Value& v) {
  const std::optional<std::string> p = writtenText(v);
  return p && (*p == "-1" || *p == "all");
}

class SecurityGroupAllEgress final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const auto users = functionsBySecurityGroup(ctx.project());
    for (const model::SecurityGroup& g : ctx.project().securityGroups) {
      auto it = users.find(g.id);
      if (it == users.end()) continue;
      const std::string subject = "security group `" + g.id + "` of " + functionList(it->second);
      if (g.defaultEgress) {
        ctx.report(g.where, subject + " has no egress rules, so EC2's default rule lets the "
                            "function send any traffic to any address: list the destinations "
                            "it needs in `SecurityGroupEgress`");
        continue;
      }
      for (const model::SecurityGroupRule& r : g.rules) {
        if (!r.egress || !allProtocols(r.protocol)) continue;
        const model::Value* open = nullptr;
        if (writtenText(r.cidrIpv4) == "0.0.0.0/0") open = &r.cidrIpv4;
        else if (writtenText(r.cidrIpv6) == "::/0") open = &r.cidrIpv6;
        if (!open) continue;
        ctx.report(open->where.known() ? open->where : r.where,
                   subject + " allows all outbound traffic to anywhere (`" + open->text +
                       "`, every protocol and port): limit it to the ports and networks the "
                       "function calls");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC019() { return std::make_unique<SecurityGroupAllEgress>(); }

}  // namespace lambdalint::rules

// SEC018 security-group-open-ingress: a security group of a VPC function accepts traffic
// from the whole internet.
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class SecurityGroupOpenIngress final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const auto users = functionsBySecurityGroup(ctx.project());
    for (const model::SecurityGroup& g : ctx.project().securityGroups) {
      auto it = users.find(g.id);
      if (it == users.end()) continue;
      for (const model::SecurityGroupRule& r : g.rules) {
        if (r.egress) continue;
        const model::Value* open = nullptr;
        if (writtenText(r.cidrIpv4) == "0.0.0.0/0") open = &r.cidrIpv4;
        else if (writtenText(r.cidrIpv6) == "::/0") open = &r.cidrIpv6;
        if (!open) continue;
        ctx.report(open->where.known() ? open->where : r.where,
                   "security group `" + g.id + "` of " + functionList(it->second) +
                       " accepts inbound traffic from anywhere (`" + open->text +
                       "`): a function never needs inbound rules; remove the rule, or give the "
                       "function a group of its own");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC018() { return std::make_unique<SecurityGroupOpenIngress>(); }

}  // namespace lambdalint::rules

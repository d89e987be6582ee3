// SEC004 vpc-missing-security-group: VpcConfig with subnets but no security group.
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class VpcMissingSecurityGroup final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    // One finding per written VpcConfig (a Globals VpcConfig is shared by several functions).
    SharedGroups<model::VpcConfig> groups;
    for (const model::Function& fn : ctx.project().functions) {
      if (!fn.vpc) continue;
      const model::VpcConfig& vpc = *fn.vpc;
      // No subnets: not attached to a VPC (an empty VpcConfig detaches a function).
      if (!vpc.subnetList.present() && vpc.subnets.empty()) continue;
      const bool hasGroups = vpc.securityGroupsSet &&
                             (vpc.securityGroupList.present() || !vpc.securityGroups.empty());
      if (hasGroups) continue;
      groups.add(fn, vpc, vpc.where);
    }
    for (const Shared<model::VpcConfig>& g : groups) {
      std::string what =
          g.item->securityGroupsSet ? "an empty SecurityGroupIds list" : "no SecurityGroupIds";
      ctx.report(g.where,
                 "VpcConfig of " + functionList(g.ids()) + " lists subnets but " + what +
                     ": the network traffic the function may send and receive is not declared "
                     "in the template; attach a dedicated security group with only the rules "
                     "the function needs");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC004() { return std::make_unique<VpcMissingSecurityGroup>(); }

}  // namespace lambdalint::rules

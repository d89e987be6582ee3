// SEC004 vpc-missing-security-group: VpcConfig with subnets but no security group.
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"

namespace lambdalint::rules {
namespace {

bool sameLocation(const Location& a, const Location& b) {
  return a.known() && b.known() && a.file == b.file && a.range.begin == b.range.begin;
}

std::string joinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out += (i + 1 == ids.size()) ? " and " : ", ";
    out += "`" + ids[i] + "`";
  }
  return out;
}

class VpcMissingSecurityGroup final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    struct Group {
      const model::VpcConfig* vpc;
      bool emptyList;
      std::vector<std::string> functions;
    };
    std::vector<Group> groups;
    for (const model::Function& fn : ctx.project().functions) {
      if (!fn.vpc) continue;
      const model::VpcConfig& vpc = *fn.vpc;
      // No subnets: not attached to a VPC (an empty VpcConfig detaches a function).
      if (!vpc.subnetList.present() && vpc.subnets.empty()) continue;
      const bool hasGroups = vpc.securityGroupsSet &&
                             (vpc.securityGroupList.present() || !vpc.securityGroups.empty());
      if (hasGroups) continue;
      bool merged = false;
      for (Group& g : groups)
        if (sameLocation(g.vpc->where, vpc.where)) {
          g.functions.push_back(fn.id);
          merged = true;
          break;
        }
      if (!merged) groups.push_back(Group{&vpc, vpc.securityGroupsSet, {fn.id}});
    }
    for (const Group& g : groups) {
      std::string who = std::string(g.functions.size() > 1 ? "functions " : "function ") +
                        joinIds(g.functions);
      std::string what = g.emptyList ? "an empty SecurityGroupIds list" : "no SecurityGroupIds";
      ctx.report(g.vpc->where,
                 "VpcConfig of " + who + " lists subnets but " + what +
                     ": the network traffic the function may send and receive is not declared "
                     "in the template; attach a dedicated security group with only the rules "
                     "the function needs");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC004() { return std::make_unique<VpcMissingSecurityGroup>(); }

}  // namespace lambdalint::rules

// REL004 vpc-single-subnet: a function in a VPC with one subnet runs in one Availability Zone.
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

// A list item that may stand for several subnets: a list-typed parameter (CloudFormation
// does not split it, but some tooling flattens it; either way one item is not one subnet)
// or an expression we do not evaluate.
bool mayBeSeveral(const model::Value& v) {
  switch (v.kind) {
    case model::Value::Kind::Literal:
    case model::Value::Kind::ResourceRef:
      return false;
    case model::Value::Kind::ParameterRef:
      return v.parameterType.find("List") != std::string::npos;
    default:
      return true;
  }
}

// Two items name the same subnet when they are written the same way.
std::string identity(const model::Value& v) {
  switch (v.kind) {
    case model::Value::Kind::Literal: return "literal:" + v.text;
    case model::Value::Kind::ParameterRef: return "param:" + v.name;
    case model::Value::Kind::ResourceRef: return "resource:" + v.name + "." + v.attribute;
    default: return {};
  }
}

std::string describe(const model::Value& v) {
  switch (v.kind) {
    case model::Value::Kind::Literal: return "`" + v.text + "`";
    case model::Value::Kind::ParameterRef: return "`!Ref " + v.name + "`";
    case model::Value::Kind::ResourceRef:
      return v.attribute.empty() ? "`!Ref " + v.name + "`"
                                 : "`!GetAtt " + v.name + "." + v.attribute + "`";
    default: return "one subnet";
  }
}

class VpcSingleSubnet final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    // One finding per written subnet list (a Globals VpcConfig is shared by several functions).
    SharedGroups<model::VpcConfig> groups;
    for (const model::Function& fn : ctx.project().functions) {
      if (!fn.vpc) continue;
      const model::VpcConfig& vpc = *fn.vpc;
      if (vpc.subnetList.present() || vpc.subnets.empty()) continue;  // unknown size, or none
      bool unknown = false;
      std::string first;
      bool distinct = false;
      for (const model::Value& s : vpc.subnets) {
        if (mayBeSeveral(s)) {
          unknown = true;
          break;
        }
        std::string id = identity(s);
        if (first.empty()) first = id;
        else if (id != first) distinct = true;
      }
      if (unknown || distinct) continue;
      groups.add(fn, vpc, vpc.subnetsWhere);
    }
    for (const Shared<model::VpcConfig>& g : groups) {
      const model::VpcConfig& vpc = *g.item;
      const Location& at = vpc.subnetsWhere.known() ? vpc.subnetsWhere : vpc.where;
      ctx.report(at, functionList(g.ids()) + " can run only in subnet " +
                         describe(vpc.subnets.front()) +
                         ", a single Availability Zone: if that zone fails (or the subnet "
                         "runs out of IP addresses) the function cannot run; list subnets in "
                         "at least two Availability Zones");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL004() { return std::make_unique<VpcSingleSubnet>(); }

}  // namespace lambdalint::rules

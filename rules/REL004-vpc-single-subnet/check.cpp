// REL004 vpc-single-subnet: a function in a VPC with one subnet runs in one Availability Zone.
#include <memory>
#include <string>
#include <string_view>
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

// The declared Type of a template parameter, or empty when unknown.
std::string_view parameterType(const model::Project& project, const std::string& name) {
  if (!project.document) return {};
  const doc::Node* root = project.document->root();
  if (!root) return {};
  const doc::Node* params = root->get("Parameters");
  const doc::Node* param = params ? params->get(name) : nullptr;
  const doc::Node* type = param ? param->get("Type") : nullptr;
  if (!type) return {};
  return type->asString().value_or(std::string_view{});
}

// A list item that may stand for several subnets: a list-typed parameter (CloudFormation
// does not split it, but some tooling flattens it; either way one item is not one subnet)
// or an expression we do not evaluate.
bool mayBeSeveral(const model::Project& project, const model::Value& v) {
  switch (v.kind) {
    case model::Value::Kind::Literal:
    case model::Value::Kind::ResourceRef:
      return false;
    case model::Value::Kind::ParameterRef: {
      std::string_view type = parameterType(project, v.name);
      return type.find("List") != std::string_view::npos;
    }
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
    struct Group {
      const model::VpcConfig* vpc;
      const model::Value* subnet;
      std::vector<std::string> functions;
    };
    std::vector<Group> groups;
    for (const model::Function& fn : ctx.project().functions) {
      if (!fn.vpc) continue;
      const model::VpcConfig& vpc = *fn.vpc;
      if (vpc.subnetList.present() || vpc.subnets.empty()) continue;  // unknown size, or none
      bool unknown = false;
      std::string first;
      bool distinct = false;
      for (const model::Value& s : vpc.subnets) {
        if (mayBeSeveral(ctx.project(), s)) {
          unknown = true;
          break;
        }
        std::string id = identity(s);
        if (first.empty()) first = id;
        else if (id != first) distinct = true;
      }
      if (unknown || distinct) continue;
      bool merged = false;
      for (Group& g : groups)
        if (sameLocation(g.vpc->subnetsWhere, vpc.subnetsWhere)) {
          g.functions.push_back(fn.id);
          merged = true;
          break;
        }
      if (!merged) groups.push_back(Group{&vpc, &vpc.subnets.front(), {fn.id}});
    }
    for (const Group& g : groups) {
      const Location& at = g.vpc->subnetsWhere.known() ? g.vpc->subnetsWhere : g.vpc->where;
      ctx.report(at, std::string(g.functions.size() > 1 ? "functions " : "function ") +
                         joinIds(g.functions) + " can run only in subnet " +
                         describe(*g.subnet) +
                         ", a single Availability Zone: if that zone fails (or the subnet "
                         "runs out of IP addresses) the function cannot run; list subnets in "
                         "at least two Availability Zones");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL004() { return std::make_unique<VpcSingleSubnet>(); }

}  // namespace lambdalint::rules

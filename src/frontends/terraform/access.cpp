// Who may invoke a function and what its network looks like: aws_lambda_permission, and the
// module's subnets and security groups with their rules (inline blocks and rule resources).
#include <unordered_map>

#include "frontends/terraform/parts.hpp"

namespace lambdalint::frontends::terraform {
namespace {

using model::Value;

Value attr(const Module& mod, const Node* body, std::string_view name) {
  return mod.value(body ? body->get(name) : nullptr);
}

// "us-east-1a", "id:use1-az1", "param:az", or the expression when it indexes the zones a
// data "aws_availability_zones" lists (`...names[0]`): equal keys are surely one zone.
std::string zoneKey(const Module& mod, const Node* body) {
  for (auto [key, prefix] : {std::pair{"availability_zone", ""}, std::pair{"availability_zone_id", "id:"}}) {
    const Node* n = body->get(key);
    if (!n) continue;
    Value v = mod.value(n);
    if (v.kind == Value::Kind::Literal) return prefix + v.text;
    if (v.kind == Value::Kind::ParameterRef) return std::string(prefix) + "param:" + v.name;
    const std::string& text = n->text;
    if (text.find("aws_availability_zones.") != std::string::npos && text.ends_with("]") &&
        text.find("count.index") == std::string::npos && text.find("each.") == std::string::npos)
      return prefix + text;
    return {};
  }
  return {};
}

// ingress/egress blocks and rule resources: the old (`cidr_blocks`, `protocol`) and the new
// (`cidr_ipv4`, `ip_protocol`) spellings.
void readRule(const Module& mod, const Node* b, const Location& where, bool egress,
              std::vector<model::SecurityGroupRule>& out) {
  model::SecurityGroupRule rule;
  rule.where = where;
  rule.egress = egress;
  rule.protocol = attr(mod, b, b->get("ip_protocol") ? "ip_protocol" : "protocol");
  rule.fromPort = attr(mod, b, "from_port");
  rule.toPort = attr(mod, b, "to_port");
  rule.cidrIpv4 = attr(mod, b, "cidr_ipv4");
  rule.cidrIpv6 = attr(mod, b, "cidr_ipv6");
  if (rule.cidrIpv4.present() || rule.cidrIpv6.present()) {
    out.push_back(std::move(rule));
    return;
  }
  // One rule per listed CIDR, so that a finding can name 0.0.0.0/0 among others.
  bool any = false;
  using Field = model::Value model::SecurityGroupRule::*;
  for (const auto& [key, field] : {std::pair<const char*, Field>{"cidr_blocks", &model::SecurityGroupRule::cidrIpv4},
                                   std::pair<const char*, Field>{"ipv6_cidr_blocks", &model::SecurityGroupRule::cidrIpv6}}) {
    const Field member = field;  // structured bindings are not captured by the lambda below
    forEachItem(mod.follow(b->get(key)), [&](const Node* c) {
      model::SecurityGroupRule r = rule;
      r.*member = mod.value(c);
      out.push_back(std::move(r));
      any = true;
    });
  }
  if (!any) out.push_back(std::move(rule));
}

void addNetwork(const Module& mod, model::Project& project) {
  std::unordered_map<std::string, size_t> groups;
  for (const Block& res : mod.resources()) {
    const Node* b = res.body;
    if (res.type == "aws_subnet") {
      model::Subnet& s = project.subnets.emplace_back();
      s.id = res.address;
      s.where = res.nameKey->location();
      s.availabilityZone = attr(mod, b, b->get("availability_zone") ? "availability_zone" : "availability_zone_id");
      // A subnet per count/for_each instance: each may be in another zone.
      if (!b->get("count") && !b->get("for_each")) s.zoneKey = zoneKey(mod, b);
    } else if (res.type == "aws_security_group") {
      groups[res.address] = project.securityGroups.size();
      model::SecurityGroup& g = project.securityGroups.emplace_back();
      g.id = res.address;
      g.where = res.nameKey->location();
      for (const doc::Entry* e : blocks(b, "ingress")) readRule(mod, e->value, e->key->location(), false, g.rules);
      for (const doc::Entry* e : blocks(b, "egress")) readRule(mod, e->value, e->key->location(), true, g.rules);
      // Terraform removes EC2's default allow-all egress rule from the groups it creates.
      g.defaultEgress = false;
    }
  }
  for (const Block& res : mod.resources()) {
    const Node* b = res.body;
    bool egress = false;
    if (res.type == "aws_security_group_rule")
      egress = attr(mod, b, "type").text == "egress";
    else if (res.type == "aws_vpc_security_group_egress_rule")
      egress = true;
    else if (res.type != "aws_vpc_security_group_ingress_rule")
      continue;
    const Block* group = mod.referencedBlock(b->get("security_group_id"));
    auto it = group ? groups.find(group->address) : groups.end();
    if (it == groups.end()) continue;
    readRule(mod, b, res.nameKey->location(), egress, project.securityGroups[it->second].rules);
  }
}

void addPermissions(const Module& mod, model::Project& project) {
  FunctionIndex index;
  for (model::Function& fn : project.functions) index[fn.id] = &fn;
  for (const Block* res : mod.resourcesOfType("aws_lambda_permission")) {
    const Node* b = res->body;
    model::Function* fn = namedFunction(mod, index, project, b->get("function_name"));
    if (!fn) continue;
    model::Permission perm;
    perm.id = res->address;
    perm.where = res->nameKey->location();
    perm.action = attr(mod, b, "action");
    perm.principal = attr(mod, b, "principal");
    perm.sourceArn = attr(mod, b, "source_arn");
    perm.sourceAccount = attr(mod, b, "source_account");
    perm.principalOrgId = attr(mod, b, "principal_org_id");
    perm.functionUrlAuthType = attr(mod, b, "function_url_auth_type");
    perm.invokedViaFunctionUrl = attr(mod, b, "invoked_via_function_url");
    fn->permissions.push_back(std::move(perm));
  }
}

}  // namespace

void addAccessAndNetwork(const Module& mod, model::Project& project) {
  addPermissions(mod, project);
  addNetwork(mod, project);
}

}  // namespace lambdalint::frontends::terraform

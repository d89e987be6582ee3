// Who may invoke a function and what its network looks like: AWS::Lambda::Permission
// resources, and the subnets and security groups of the template that functions attach to.
#include <unordered_map>

#include "frontends/cloudformation/parts.hpp"

namespace lambdalint::frontends::cloudformation {
namespace {

// "us-east-1a", "id:use1-az1", "param:Az" or "GetAZs[0]" (!Select [0, !GetAZs ""], the
// current region's zones): equal keys are surely one zone; "" when it cannot be told.
std::string zoneKey(const Template& tpl, const Node* az, const Node* azId) {
  if (const doc::Entry* e = az ? az->singleEntry() : nullptr;
      e && e->key->text == "Fn::Select" && e->value->isSeq() && e->value->items.size() == 2) {
    const doc::Entry* list = e->value->items[1]->singleEntry();
    const Node* index = e->value->items[0];
    if (list && list->key->text == "Fn::GetAZs" && index->isScalar())
      return "GetAZs[" + index->text + "]";
    return {};
  }
  for (auto [n, prefix] : {std::pair{az, ""}, std::pair{azId, "id:"}}) {
    model::Value v = tpl.value(n);
    if (v.kind == model::Value::Kind::Literal) return prefix + v.text;
    if (v.kind == model::Value::Kind::ParameterRef) return std::string(prefix) + "param:" + v.name;
  }
  return {};
}

model::SecurityGroupRule readRule(const Template& tpl, const Node* r, bool egress) {
  model::SecurityGroupRule rule;
  rule.where = r->location();
  rule.egress = egress;
  rule.protocol = tpl.value(r->get("IpProtocol"));
  rule.fromPort = tpl.value(r->get("FromPort"));
  rule.toPort = tpl.value(r->get("ToPort"));
  rule.cidrIpv4 = tpl.value(r->get("CidrIp"));
  rule.cidrIpv6 = tpl.value(r->get("CidrIpv6"));
  return rule;
}

void addNetwork(const Template& tpl, model::Project& project) {
  std::unordered_map<std::string, size_t> groups;
  for (const Resource& res : tpl.resources()) {
    const Node* p = res.properties;
    if (res.type == "AWS::EC2::Subnet") {
      model::Subnet& s = project.subnets.emplace_back();
      s.id = res.id;
      s.where = res.key->location();
      if (!p || !p->isMap()) continue;
      s.availabilityZone = tpl.value(p->get("AvailabilityZone"));
      if (!s.availabilityZone.present()) s.availabilityZone = tpl.value(p->get("AvailabilityZoneId"));
      s.zoneKey = zoneKey(tpl, p->get("AvailabilityZone"), p->get("AvailabilityZoneId"));
    } else if (res.type == "AWS::EC2::SecurityGroup") {
      groups[res.id] = project.securityGroups.size();
      model::SecurityGroup& g = project.securityGroups.emplace_back();
      g.id = res.id;
      g.where = res.key->location();
      const Node* egress = p && p->isMap() ? p->get("SecurityGroupEgress") : nullptr;
      g.defaultEgress = !egress;
      if (!p || !p->isMap()) continue;
      forEachListed(p->get("SecurityGroupIngress"), [&](const Node* r) {
        if (r->isMap()) g.rules.push_back(readRule(tpl, r, false));
      });
      forEachListed(egress, [&](const Node* r) {
        if (r->isMap()) g.rules.push_back(readRule(tpl, r, true));
      });
    }
  }
  // Rules written as their own resources, on a group of the template.
  for (const Resource& res : tpl.resources()) {
    const bool egress = res.type == "AWS::EC2::SecurityGroupEgress";
    if ((!egress && res.type != "AWS::EC2::SecurityGroupIngress") || !res.properties) continue;
    const Resource* group = tpl.referencedResource(res.properties->get("GroupId"));
    auto it = group ? groups.find(group->id) : groups.end();
    if (it == groups.end()) continue;
    model::SecurityGroupRule rule = readRule(tpl, res.properties, egress);
    rule.where = res.key->location();
    project.securityGroups[it->second].rules.push_back(std::move(rule));
  }
}

void addPermissions(const Template& tpl, model::Project& project) {
  std::unordered_map<std::string, model::Function*> byId;
  for (model::Function& fn : project.functions) byId[fn.id] = &fn;
  for (const Resource& res : tpl.resources()) {
    const Node* p = res.properties;
    if (res.type != "AWS::Lambda::Permission" || !p || !p->isMap()) continue;
    const Resource* target = tpl.referencedResource(p->get("FunctionName"));
    auto it = target ? byId.find(target->id) : byId.end();
    if (it == byId.end()) continue;
    model::Permission perm;
    perm.id = res.id;
    perm.where = res.key->location();
    perm.action = tpl.value(p->get("Action"));
    perm.principal = tpl.value(p->get("Principal"));
    perm.sourceArn = tpl.value(p->get("SourceArn"));
    perm.sourceAccount = tpl.value(p->get("SourceAccount"));
    perm.principalOrgId = tpl.value(p->get("PrincipalOrgID"));
    perm.functionUrlAuthType = tpl.value(p->get("FunctionUrlAuthType"));
    perm.invokedViaFunctionUrl = tpl.value(p->get("InvokedViaFunctionUrl"));
    it->second->permissions.push_back(std::move(perm));
  }
}

}  // namespace

void addAccessAndNetwork(const Template& tpl, model::Project& project) {
  addPermissions(tpl, project);
  addNetwork(tpl, project);
}

}  // namespace lambdalint::frontends::cloudformation

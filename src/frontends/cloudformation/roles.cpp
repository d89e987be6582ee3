#include <map>

#include "frontends/cloudformation/parts.hpp"
#include "lambdalint/model/policy_catalog.hpp"

namespace lambdalint::frontends::cloudformation {
namespace {

using model::Policy;
using model::PolicyStatement;

// Each value of a list; an Fn::If adds each of its branches (a policy grants the union of
// what any deployment may get), and an AWS::NoValue branch adds nothing.
void readValues(const Template& tpl, const Node* n, std::vector<model::Value>& out) {
  forEachListed(n, [&](const Node* item) { out.push_back(tpl.value(item)); });
}

// Principal / NotPrincipal of a trust policy: `"*"`, or {AWS: ..., Service: ...}.
void readPrincipals(const Template& tpl, const Node* s, PolicyStatement& st) {
  const Node* principal = s->get("Principal");
  if (!principal && (principal = s->get("NotPrincipal"))) st.notPrincipal = true;
  if (!principal) return;
  if (principal->isScalar()) {
    st.principals.emplace_back("*", tpl.value(principal));
    return;
  }
  if (!principal->isMap() || isIntrinsic(principal)) return;
  for (const doc::Entry& e : principal->entries)
    forEachListed(e.value, [&](const Node* v) { st.principals.emplace_back(e.key->text, tpl.value(v)); });
}

std::vector<PolicyStatement> readStatements(const Template& tpl, const Node* document) {
  std::vector<PolicyStatement> out;
  const Node* statements = document ? document->get("Statement") : nullptr;
  forEachListed(statements, [&](const Node* s) {
    if (!s->isMap() || isIntrinsic(s)) return;
    PolicyStatement st;
    st.where = s->location();
    st.allow = scalarText(s->get("Effect")) != "Deny";
    const Node* actions = s->get("Action");
    if (!actions && (actions = s->get("NotAction"))) st.notAction = true;
    readValues(tpl, actions, st.actions);
    const Node* resources = s->get("Resource");
    if (!resources && (resources = s->get("NotResource"))) st.notResource = true;
    readValues(tpl, resources, st.resources);
    st.conditional = s->get("Condition") != nullptr;
    readPrincipals(tpl, s, st);
    out.push_back(std::move(st));
  });
  return out;
}

model::Value literalAt(std::string text, const Location& where) {
  model::Value v;
  v.kind = model::Value::Kind::Literal;
  v.text = std::move(text);
  v.where = where;
  return v;
}

// The statements a catalog policy grants, located at `where` (its name in the template).
// `args`: a SAM policy template's parameters, whose values name the resources.
void expand(const Template& tpl, const model::CatalogPolicy& entry, const Node* args,
            const Location& where, Policy& p) {
  p.expanded = true;
  p.statements.reserve(p.statements.size() + entry.grants.size());
  for (const model::CatalogGrant& grant : entry.grants) {
    PolicyStatement& st = p.statements.emplace_back();
    st.where = where;
    st.actions.reserve(grant.actions.size());
    for (const std::string& action : grant.actions) st.actions.push_back(literalAt(action, where));
    switch (grant.on) {
      case model::CatalogGrant::On::EveryResource:
        st.resources.push_back(literalAt("*", where));
        break;
      case model::CatalogGrant::On::Parameters:
        for (const std::string& param : grant.parameters) {
          model::Value v = tpl.value(args && args->isMap() ? args->get(param) : nullptr);
          if (!v.present()) {  // not given: SAM rejects the template; never "every resource"
            v.kind = model::Value::Kind::Unknown;
            v.where = where;
          }
          st.resources.push_back(std::move(v));
        }
        break;
      case model::CatalogGrant::On::Fixed: {
        model::Value v;
        v.kind = model::Value::Kind::Unknown;
        v.where = where;
        st.resources.push_back(std::move(v));
        break;
      }
    }
  }
}

// An AWS managed policy by name or ARN, with its statements when the catalog knows it.
Policy managedPolicy(const Template& tpl, const Node* item) {
  Policy p;
  p.origin = Policy::Origin::AwsManaged;
  p.where = item->location();
  p.managedArn = tpl.value(item);
  const std::string name = model::awsManagedPolicyName(p.managedArn.text);
  if (const model::CatalogPolicy* entry = name.empty() ? nullptr : model::awsManagedPolicy(name))
    expand(tpl, *entry, nullptr, p.where, p);
  return p;
}

Policy attachedPolicy(const Template& tpl, const Resource& res) {
  Policy p;
  p.origin = Policy::Origin::Attached;
  p.name = res.id;
  p.where = res.key->location();
  if (res.properties) p.statements = readStatements(tpl, res.properties->get("PolicyDocument"));
  return p;
}

// SAM `Policies`: managed policy names or ARNs, policy documents, and policy templates.
void readSamPolicies(const Template& tpl, const Node* policies, model::Role& role) {
  forEachListed(policies, [&](const Node* item) {
    Policy p;
    p.where = item->location();
    if (item->isScalar() || isIntrinsic(item)) {
      p = managedPolicy(tpl, item);
    } else if (item->isMap() && item->get("Statement")) {
      p.origin = Policy::Origin::Inline;
      p.statements = readStatements(tpl, item);
    } else if (const doc::Entry* e = item->singleEntry()) {
      p.origin = Policy::Origin::PolicyTemplate;
      p.name = e->key->text;
      if (const model::CatalogPolicy* entry = model::samPolicyTemplate(p.name))
        expand(tpl, *entry, e->value, e->key->location(), p);
    } else {
      return;
    }
    role.policies.push_back(std::move(p));
  });
}

// Policies of an AWS::IAM::Role in the template, and the policy resources that name it.
// `policyResources`: the template's AWS::IAM::Policy, ManagedPolicy and RolePolicy resources,
// collected once per template so that many roles do not each walk every resource.
void readTemplateRole(const Template& tpl, const Resource& roleRes, model::Role& role,
                      const std::vector<const Resource*>& policyResources) {
  const Node* props = roleRes.properties;
  if (props) {
    role.trust = readStatements(tpl, props->get("AssumeRolePolicyDocument"));
    forEachListed(props->get("Policies"), [&](const Node* item) {
      Policy p;
      p.origin = Policy::Origin::Inline;
      p.name = std::string(scalarText(item->get("PolicyName")));
      p.where = item->location();
      p.statements = readStatements(tpl, item->get("PolicyDocument"));
      role.policies.push_back(std::move(p));
    });
    forEachListed(props->get("ManagedPolicyArns"), [&](const Node* item) {
      const Resource* managed = tpl.referencedResource(item);
      if (managed && managed->type == "AWS::IAM::ManagedPolicy") return;  // added below
      role.policies.push_back(managedPolicy(tpl, item));
    });
  }
  for (const Resource* policyRes : policyResources) {
    const Resource& res = *policyRes;
    bool attached = false;
    if (res.properties) {
      forEachItem(res.properties->get("Roles"), [&](const Node* r) {
        attached |= tpl.referencedResource(r) == &roleRes;
      });
      attached |= tpl.referencedResource(res.properties->get("RoleName")) == &roleRes;
    }
    if (!attached && res.type == "AWS::IAM::ManagedPolicy" && props) {
      forEachListed(props->get("ManagedPolicyArns"), [&](const Node* item) {
        attached |= tpl.referencedResource(item) == &res;
      });
    }
    if (attached) role.policies.push_back(attachedPolicy(tpl, res));
  }
}

// What identifies an external role: functions writing the same ARN share it.
std::string externalRoleKey(const model::Value& v) {
  switch (v.kind) {
    case model::Value::Kind::Literal: return v.text;
    case model::Value::Kind::ParameterRef: return "parameter " + v.name;
    case model::Value::Kind::Unknown: return v.text;  // e.g. a Sub pattern; empty if opaque
    default: return {};
  }
}

}  // namespace

void addImplicitRole(const Template& tpl, const Node* samPolicies, model::Function& fn,
                     model::Project& project) {
  model::Role& role = project.roles.emplace_back();
  role.id = fn.id + "Role";
  role.implicit = true;
  role.where = fn.where;
  readSamPolicies(tpl, samPolicies, role);
  fn.role = &role;
}

void addRoles(const Template& tpl, model::Project& project) {
  std::map<std::string, model::Role*> byKey;
  std::vector<const Resource*> policyResources;
  for (const Resource& res : tpl.resources())
    if (res.type == "AWS::IAM::Policy" || res.type == "AWS::IAM::ManagedPolicy" ||
        res.type == "AWS::IAM::RolePolicy")
      policyResources.push_back(&res);
  for (model::Function& fn : project.functions) {
    if (fn.role || !fn.roleRef.present()) continue;
    const Resource* res = nullptr;
    if (fn.roleRef.kind == model::Value::Kind::ResourceRef) res = tpl.resource(fn.roleRef.name);
    std::string key = res ? "resource " + res->id : externalRoleKey(fn.roleRef);
    if (key.empty()) continue;  // an expression we cannot follow (Fn::If...)
    model::Role*& role = byKey[key];
    if (!role) {
      role = &project.roles.emplace_back();
      if (res) {
        role->id = res->id;
        role->where = res->key->location();
        if (res->type == "AWS::IAM::Role") readTemplateRole(tpl, *res, *role, policyResources);
      } else {
        role->id = fn.roleRef.kind == model::Value::Kind::ParameterRef ? fn.roleRef.name : key;
        role->external = true;
        role->where = fn.roleRef.where;
      }
    }
    fn.role = role;
  }
}

}  // namespace lambdalint::frontends::cloudformation

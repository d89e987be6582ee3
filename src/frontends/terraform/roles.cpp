// Execution roles: aws_iam_role with its inline policies, managed policy ARNs, and the
// aws_iam_role_policy / aws_iam_role_policy_attachment / aws_iam_policy_attachment resources
// that name it; policies as jsonencode, JSON text or data "aws_iam_policy_document".
#include <map>

#include "frontends/terraform/parts.hpp"
#include "lambdalint/document/parse.hpp"

namespace lambdalint::frontends::terraform {
namespace {

using model::Policy;
using model::PolicyStatement;
using model::Value;

// A policy written as text (a JSON string or heredoc) inside the .tf file: parsed as JSON
// from a copy of the file where everything but that text is blanked, so that positions
// stay those of the .tf file. Interpolations (`${aws_s3_bucket.b.arn}`) stay as written and
// read as unknown values.
class JsonPolicy {
 public:
  explicit JsonPolicy(const Node& text) {
    const SourceFile& file = *text.file;
    const std::string& content = file.content();
    size_t begin = file.offsetOf(text.range.begin), end = file.offsetOf(text.range.end);
    if (begin >= end || end > content.size()) return;
    std::string blanked(content.size(), ' ');
    for (size_t i = 0; i < content.size(); ++i)
      if (content[i] == '\n' || content[i] == '\r' || (i >= begin && i < end)) blanked[i] = content[i];
    if (blanked.find('{', begin) == std::string::npos) return;
    auto copy = std::make_shared<SourceFile>(file.path(), std::move(blanked));
    document_ = doc::parseDocument(copy);
    if (document_->failed()) document_.reset();
    original_ = &file;
  }
  const Node* root() const { return document_ ? document_->root() : nullptr; }
  // Locations in the blanked copy, moved onto the original file.
  Location place(const Node* n) const { return Location{original_, n->range}; }

 private:
  std::unique_ptr<doc::Document> document_;
  const SourceFile* original_ = nullptr;
};

// Reads statements from the JSON shape ({"Statement": [...]}), whether jsonencode'd HCL or
// parsed JSON text. `json`: values come from JSON text, where `${...}` is an interpolation.
class StatementReader {
 public:
  StatementReader(const Module& mod, const JsonPolicy* json) : mod_(mod), json_(json) {}

  std::vector<PolicyStatement> read(const Node* document) const {
    std::vector<PolicyStatement> out;
    document = mod_.follow(document);
    if (!document || !document->isMap()) return out;
    forEachItem(mod_.follow(document->get("Statement")), [&](const Node* s) {
      s = mod_.follow(s);
      if (!s->isMap()) return;
      PolicyStatement st;
      st.where = where(s);
      st.allow = value(s->get("Effect")).text != "Deny";
      const Node* actions = s->get("Action");
      if (!actions && (actions = s->get("NotAction"))) st.notAction = true;
      forEachItem(mod_.follow(actions), [&](const Node* a) { st.actions.push_back(value(a)); });
      const Node* resources = s->get("Resource");
      if (!resources && (resources = s->get("NotResource"))) st.notResource = true;
      forEachItem(mod_.follow(resources), [&](const Node* r) { st.resources.push_back(value(r)); });
      readPrincipals(s, st);
      out.push_back(std::move(st));
    });
    return out;
  }

 private:
  Location where(const Node* n) const { return json_ ? json_->place(n) : n->location(); }

  // Principal / NotPrincipal of a trust policy: "*", or {AWS = ..., Service = ...}.
  void readPrincipals(const Node* s, PolicyStatement& st) const {
    const Node* principal = s->get("Principal");
    if (!principal && (principal = s->get("NotPrincipal"))) st.notPrincipal = true;
    principal = mod_.follow(principal);
    if (!principal) return;
    if (principal->isScalar()) {
      st.principals.emplace_back("*", value(principal));
    } else if (principal->isMap()) {
      for (const doc::Entry& e : principal->entries)
        forEachItem(mod_.follow(e.value), [&](const Node* v) { st.principals.emplace_back(e.key->text, value(v)); });
    }
  }

  Value value(const Node* n) const {
    if (!json_) return mod_.value(n);
    Value v;
    if (!n || n->isNull()) return v;
    v.where = json_->place(n);
    v.text = n->isScalar() ? n->text : "";
    v.kind = n->isScalar() && v.text.find("${") == std::string::npos ? Value::Kind::Literal
                                                                     : Value::Kind::Unknown;
    return v;
  }

  const Module& mod_;
  const JsonPolicy* json_;
};

Value attr(const Module& mod, const Node* body, std::string_view name) {
  return mod.value(body ? body->get(name) : nullptr);
}

// data "aws_iam_policy_document": statement blocks, and the documents it builds on.
void readPolicyDocument(const Module& mod, const Block& data, std::vector<PolicyStatement>& out,
                        int depth) {
  if (depth > 8) return;
  for (std::string_view key : {"source_policy_documents", "override_policy_documents"})
    forEachItem(mod.follow(data.body->get(key)), [&](const Node* d) {
      const Block* other = mod.referencedBlock(d);
      if (other && other->type == "aws_iam_policy_document" && other != &data)
        readPolicyDocument(mod, *other, out, depth + 1);
    });
  for (const doc::Entry* e : blocks(data.body, "statement")) {
    const Node* s = e->value;
    PolicyStatement st;
    st.where = e->key->location();
    st.allow = attr(mod, s, "effect").text != "Deny";
    const Node* actions = s->get("actions");
    if (!actions && (actions = s->get("not_actions"))) st.notAction = true;
    forEachItem(mod.follow(actions), [&](const Node* a) { st.actions.push_back(mod.value(a)); });
    const Node* resources = s->get("resources");
    if (!resources && (resources = s->get("not_resources"))) st.notResource = true;
    forEachItem(mod.follow(resources), [&](const Node* r) { st.resources.push_back(mod.value(r)); });
    for (std::string_view key : {"principals", "not_principals"})
      for (const doc::Entry* p : blocks(s, key)) {
        st.notPrincipal = key == "not_principals";
        std::string type = attr(mod, p->value, "type").text;
        forEachItem(mod.follow(p->value->get("identifiers")),
                    [&](const Node* id) { st.principals.emplace_back(type, mod.value(id)); });
      }
    out.push_back(std::move(st));
  }
}

// What identifies a role defined elsewhere: functions writing the same ARN share it.
std::string externalRoleKey(const Value& v) {
  switch (v.kind) {
    case Value::Kind::Literal: return v.text;
    case Value::Kind::ParameterRef: return "parameter " + v.name;
    default: return {};
  }
}

bool namesRole(const Module& mod, const Block& role, const Node* n) {
  if (mod.referencedBlock(n) == &role) return true;
  Value v = mod.value(n);
  Value name = attr(mod, role.body, "name");
  return v.isLiteral() && name.isLiteral() && v.text == name.text;
}

Policy attachedPolicy(const Module& mod, const Block& res, const Node* document) {
  Policy p;
  p.origin = Policy::Origin::Attached;
  p.name = res.address;
  p.where = res.nameKey->location();
  p.statements = readPolicy(mod, document);
  return p;
}

// A policy ARN attached to the role: an aws_iam_policy of the module, or a managed policy.
void addPolicyArn(const Module& mod, const Node* arn, model::Role& role) {
  const Block* policy = mod.referencedBlock(arn);
  if (policy && policy->type == "aws_iam_policy") {
    role.policies.push_back(attachedPolicy(mod, *policy, policy->body->get("policy")));
    return;
  }
  Policy p;
  p.origin = Policy::Origin::AwsManaged;
  p.managedArn = mod.value(arn);
  p.where = p.managedArn.where;
  role.policies.push_back(std::move(p));
}

void readModuleRole(const Module& mod, const Block& res, model::Role& role) {
  role.trust = readPolicy(mod, res.body->get("assume_role_policy"));
  for (const doc::Entry* e : blocks(res.body, "inline_policy")) {
    Policy p;
    p.origin = Policy::Origin::Inline;
    p.name = attr(mod, e->value, "name").text;
    p.where = e->key->location();
    p.statements = readPolicy(mod, e->value->get("policy"));
    role.policies.push_back(std::move(p));
  }
  forEachItem(mod.follow(res.body->get("managed_policy_arns")),
              [&](const Node* arn) { addPolicyArn(mod, arn, role); });
  for (const Block& other : mod.resources()) {
    const Node* b = other.body;
    if (other.type == "aws_iam_role_policy" && namesRole(mod, res, b->get("role"))) {
      role.policies.push_back(attachedPolicy(mod, other, b->get("policy")));
    } else if (other.type == "aws_iam_role_policy_attachment" &&
               namesRole(mod, res, b->get("role"))) {
      addPolicyArn(mod, b->get("policy_arn"), role);
    } else if (other.type == "aws_iam_policy_attachment") {
      bool attached = false;
      forEachItem(mod.follow(b->get("roles")), [&](const Node* r) { attached |= namesRole(mod, res, r); });
      if (attached) addPolicyArn(mod, b->get("policy_arn"), role);
    }
  }
}

}  // namespace

std::vector<PolicyStatement> readPolicy(const Module& mod, const Node* policy) {
  const Node* n = mod.follow(policy);
  if (!n || n->isNull()) return {};
  if (n->isMap() && n->tag == doc::kHclJsonencodeTag) return StatementReader(mod, nullptr).read(n);
  if (const Block* data = mod.referencedBlock(n); data && data->type == "aws_iam_policy_document") {
    std::vector<PolicyStatement> out;
    readPolicyDocument(mod, *data, out, 0);
    return out;
  }
  if (n->isScalar() && (n->tag.empty() || n->tag == doc::kHclHeredocTag) && n->file) {
    JsonPolicy json(*n);
    return StatementReader(mod, &json).read(json.root());
  }
  return {};
}

void addRoles(const Module& mod, model::Project& project) {
  std::map<std::string, model::Role*> byKey;
  for (model::Function& fn : project.functions) {
    if (fn.role || !fn.roleRef.present()) continue;
    const Block* res = nullptr;
    if (fn.roleRef.kind == Value::Kind::ResourceRef) res = mod.block(fn.roleRef.name);
    std::string key;
    if (res && res->type == "aws_iam_role" && res->address.rfind("data.", 0) != 0)
      key = "resource " + res->address;
    else if (res && res->type == "aws_iam_role")  // data "aws_iam_role": defined elsewhere
      key = "data " + res->address;
    else
      key = externalRoleKey(fn.roleRef);
    if (key.rfind("resource ", 0) != 0) res = nullptr;
    if (key.empty()) continue;  // an expression we cannot follow
    auto [it, inserted] = byKey.emplace(key, nullptr);
    if (inserted) {
      model::Role& role = project.roles.emplace_back();
      if (res) {
        role.id = res->address;
        role.where = res->nameKey->location();
        readModuleRole(mod, *res, role);
      } else {
        role.id = fn.roleRef.kind == Value::Kind::Literal ? fn.roleRef.text : fn.roleRef.name;
        role.external = true;
        role.where = fn.roleRef.where;
      }
      it->second = &role;
    }
    fn.role = it->second;
  }
}

}  // namespace lambdalint::frontends::terraform

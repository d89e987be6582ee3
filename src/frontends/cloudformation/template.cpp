#include "frontends/cloudformation/template.hpp"

namespace lambdalint::frontends::cloudformation {

using model::Value;

std::string_view scalarText(const Node* n) {
  return n && n->isScalar() ? std::string_view(n->text) : std::string_view();
}

bool isIntrinsic(const Node* n) {
  const doc::Entry* e = n ? n->singleEntry() : nullptr;
  if (!e) return false;
  const std::string& k = e->key->text;
  return k == "Ref" || k.rfind("Fn::", 0) == 0;
}

Template::Template(const Node& root) : root_(root) {
  const Node* transform = root.get("Transform");
  forEachItem(transform, [&](const Node* t) {
    if (scalarText(t).rfind("AWS::Serverless", 0) == 0) sam_ = true;
  });
  if (const Node* params = root.get("Parameters"); params && params->isMap()) {
    for (const doc::Entry& e : params->entries) {
      Parameter p;
      p.name = e.key->text;
      p.key = e.key;
      p.defaultValue = e.value->get("Default");
      if (const Node* noEcho = e.value->get("NoEcho")) p.noEcho = noEcho->asBool().value_or(false);
      p.type = std::string(scalarText(e.value->get("Type")));
      parameters_.emplace(p.name, p);
    }
  }
  if (const Node* res = root.get("Resources"); res && res->isMap()) {
    resources_.reserve(res->entries.size());
    for (const doc::Entry& e : res->entries) {
      Resource r;
      r.id = e.key->text;
      r.key = e.key;
      r.body = e.value;
      r.type = std::string(scalarText(e.value->get("Type")));
      r.properties = e.value->get("Properties");
      r.metadata = e.value->get("Metadata");
      r.condition = e.value->get("Condition");
      if (r.type.rfind("AWS::Serverless::", 0) == 0) sam_ = true;
      resourceIndex_.emplace(r.id, resources_.size());
      resources_.push_back(std::move(r));
    }
  }
}

const Resource* Template::resource(std::string_view id) const {
  auto it = resourceIndex_.find(std::string(id));
  return it == resourceIndex_.end() ? nullptr : &resources_[it->second];
}

const Parameter* Template::parameter(std::string_view name) const {
  auto it = parameters_.find(std::string(name));
  return it == parameters_.end() ? nullptr : &it->second;
}

const Node* Template::globals(std::string_view section) const {
  const Node* g = root_.get("Globals");
  return g ? g->get(section) : nullptr;
}

Value Template::ref(const std::string& name, const Node* at) const {
  Value v;
  v.where = at->location();
  v.name = name;
  if (const Parameter* p = parameter(name)) {
    v.kind = Value::Kind::ParameterRef;
    v.sensitive = p->noEcho;
    v.parameterType = p->type;
    if (p->defaultValue && p->defaultValue->isScalar()) {
      v.hasDefault = true;
      v.text = p->defaultValue->text;
    }
  } else if (resource(name)) {
    v.kind = Value::Kind::ResourceRef;
  } else {
    v.kind = Value::Kind::Unknown;  // pseudo parameters (AWS::Region...) or a dangling Ref
  }
  return v;
}

// Fn::Sub: a literal when nothing is substituted; otherwise unknown, keeping the pattern text
// (rules may still match on it, e.g. "arn:${AWS::Partition}:iam::aws:policy/...").
Value Template::sub(const Node* arg, const Node* at) const {
  const Node* pattern = arg->isSeq() && !arg->items.empty() ? arg->items.front() : arg;
  Value v;
  v.where = at->location();
  if (!pattern->isScalar()) {
    v.kind = Value::Kind::Unknown;
    return v;
  }
  v.text = pattern->text;
  if (v.text.find("{{resolve:") != std::string::npos) {
    v.kind = Value::Kind::Dynamic;
    return v;
  }
  // "${!Literal}" is an escaped, literal "${Literal}".
  bool substitutes = false;
  for (size_t i = v.text.find("${"); i != std::string::npos; i = v.text.find("${", i + 2))
    if (i + 2 >= v.text.size() || v.text[i + 2] != '!') substitutes = true;
  if (substitutes) {
    v.kind = Value::Kind::Unknown;
    return v;
  }
  std::string unescaped;
  for (size_t i = 0; i < v.text.size(); ++i) {
    if (v.text.compare(i, 3, "${!") == 0) {
      unescaped += "${";  // keep "${", drop "!"
      i += 2;
    } else {
      unescaped += v.text[i];
    }
  }
  v.kind = Value::Kind::Literal;
  v.text = unescaped;
  return v;
}

Value Template::value(const Node* n) const {
  Value v;
  if (!n || n->isNull()) return v;
  v.where = n->location();
  if (n->isScalar()) {
    v.text = n->text;
    v.kind = v.text.find("{{resolve:") != std::string::npos ? Value::Kind::Dynamic
                                                             : Value::Kind::Literal;
    return v;
  }
  v.kind = Value::Kind::Unknown;
  if (!isIntrinsic(n)) return v;
  const doc::Entry& e = *n->singleEntry();
  const std::string& fn = e.key->text;
  if (fn == "Ref") {
    if (e.value->isScalar()) return ref(e.value->text, n);
  } else if (fn == "Fn::GetAtt") {
    const Node* a = e.value;
    std::string target, attr;
    if (a->isSeq() && a->items.size() >= 2) {
      target = std::string(scalarText(a->items[0]));
      attr = std::string(scalarText(a->items[1]));
    } else if (a->isScalar()) {  // long form with a dotted string
      size_t dot = a->text.find('.');
      target = a->text.substr(0, dot);
      if (dot != std::string::npos) attr = a->text.substr(dot + 1);
    }
    if (!target.empty()) {
      v.kind = resource(target) ? Value::Kind::ResourceRef : Value::Kind::Unknown;
      v.name = target;
      v.attribute = attr;
    }
  } else if (fn == "Fn::Sub") {
    return sub(e.value, n);
  }
  return v;
}

const Resource* Template::referencedResource(const Node* n) const {
  Value v = value(n);
  if (v.kind == Value::Kind::ResourceRef) return resource(v.name);
  if (v.kind == Value::Kind::Unknown && n && isIntrinsic(n) &&
      n->singleEntry()->key->text == "Fn::Sub") {
    // "${MyFunction.Arn}" or "${MyFunction}" alone.
    const std::string& t = v.text;
    if (t.size() > 3 && t.rfind("${", 0) == 0 && t.back() == '}' &&
        t.find("${", 2) == std::string::npos) {
      std::string inner = t.substr(2, t.size() - 3);
      return resource(inner.substr(0, inner.find('.')));
    }
  }
  return nullptr;
}

std::vector<const Resource*> Template::mentionedResources(const Node* n) const {
  std::vector<const Resource*> out;
  if (const Resource* r = referencedResource(n)) {
    out.push_back(r);
    return out;
  }
  Value v = value(n);
  if (v.kind != Value::Kind::Unknown || !isIntrinsic(n) || n->singleEntry()->key->text != "Fn::Sub")
    return out;
  const std::string& t = v.text;
  for (size_t i = t.find("${"); i != std::string::npos; i = t.find("${", i + 2)) {
    size_t close = t.find('}', i);
    if (close == std::string::npos) break;
    std::string name = t.substr(i + 2, close - i - 2);
    if (const Resource* r = resource(name.substr(0, name.find('.')))) out.push_back(r);
  }
  return out;
}

}  // namespace lambdalint::frontends::cloudformation

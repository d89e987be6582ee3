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

bool isNoValue(const Node* n) {
  const doc::Entry* e = n ? n->singleEntry() : nullptr;
  return e && e->key->text == "Ref" && scalarText(e->value) == "AWS::NoValue";
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
      parameters_.emplace(e.key->text, std::move(p));
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
      resourceIndex_.emplace(e.key->text, resources_.size());
      resources_.push_back(std::move(r));
    }
  }
}

const Resource* Template::resource(std::string_view id) const {
  auto it = resourceIndex_.find(id);
  return it == resourceIndex_.end() ? nullptr : &resources_[it->second];
}

const Parameter* Template::parameter(std::string_view name) const {
  auto it = parameters_.find(name);
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
  } else if (name == "AWS::NoValue") {
    v.kind = Value::Kind::Absent;  // the property is removed; `where` says by what
  } else {
    v.kind = Value::Kind::Unknown;  // pseudo parameters (AWS::Region...) or a dangling Ref
  }
  return v;
}

// Fn::Sub: a literal when every substitution is known: escaped "${!Literal}", or a variable
// of the second form (`!Sub [pattern, {Var: value}]`) whose value is a literal. Otherwise
// unknown, keeping the pattern text with the literal variables filled in (rules may still
// match on it, e.g. "arn:${AWS::Partition}:iam::aws:policy/...").
Value Template::sub(const Node* arg, const Node* at, int depth) const {
  const Node* pattern = arg->isSeq() && !arg->items.empty() ? arg->items.front() : arg;
  const Node* vars = arg->isSeq() && arg->items.size() >= 2 && arg->items[1]->isMap()
                         ? arg->items[1]
                         : nullptr;
  Value v;
  v.where = at->location();
  if (!pattern->isScalar()) {
    v.kind = Value::Kind::Unknown;
    return v;
  }
  const std::string& text = pattern->text;
  if (text.find("{{resolve:") != std::string::npos) {
    v.kind = Value::Kind::Dynamic;
    v.text = text;
    return v;
  }
  std::string out;
  bool unresolved = false;
  for (size_t i = 0; i < text.size();) {
    if (text.compare(i, 3, "${!") == 0) {  // an escaped, literal "${"
      out += "${";
      i += 3;
      continue;
    }
    const size_t close = text.compare(i, 2, "${") == 0 ? text.find('}', i + 2) : std::string::npos;
    if (close == std::string::npos) {
      out += text[i++];
      continue;
    }
    const std::string name = text.substr(i + 2, close - i - 2);
    const Node* var = vars ? vars->get(name) : nullptr;
    Value resolved = var ? value(var, depth) : Value{};
    if (resolved.isLiteral()) {
      out += resolved.text;
    } else {
      out += text.substr(i, close + 1 - i);
      unresolved = true;
    }
    i = close + 1;
  }
  v.kind = unresolved ? Value::Kind::Unknown : Value::Kind::Literal;
  // An unresolved pattern keeps "${!X}" escapes as written so that "${Id}" alone still names
  // a resource (referencedResource) and nothing escaped reads as a substitution.
  v.text = unresolved && !vars ? text : out;
  return v;
}

// Fn::Join [delimiter, [parts]]: a literal when every part is one; otherwise unknown, with
// the text of what is written and ${Name} for the parts that are references.
Value Template::join(const Node* arg, const Node* at, int depth) const {
  Value v;
  v.where = at->location();
  v.kind = Value::Kind::Unknown;
  if (!arg->isSeq() || arg->items.size() != 2 || !arg->items[0]->isScalar() ||
      !arg->items[1]->isSeq())
    return v;
  const std::string& delimiter = arg->items[0]->text;
  bool literal = true;
  std::string out;
  for (size_t i = 0; i < arg->items[1]->items.size(); ++i) {
    if (i) out += delimiter;
    const Value part = value(arg->items[1]->items[i], depth);
    if (part.isLiteral()) {
      out += part.text;
      continue;
    }
    literal = false;
    const bool reference = part.kind == Value::Kind::ParameterRef ||
                           part.kind == Value::Kind::ResourceRef ||
                           (part.kind == Value::Kind::Unknown && !part.name.empty());
    if (reference)  // a parameter, a resource, or a pseudo parameter such as AWS::Partition
      out += "${" + part.name + (part.attribute.empty() ? "" : "." + part.attribute) + "}";
    else
      out += part.text.empty() ? "${?}" : part.text;
  }
  v.kind = literal ? Value::Kind::Literal : Value::Kind::Unknown;
  v.text = std::move(out);
  return v;
}

// Fn::FindInMap [Map, TopKey, SecondKey] with keys written as literals: the mapping's value,
// located in Mappings. A key that depends on a parameter or the region stays unknown.
Value Template::findInMap(const Node* arg, const Node* at, int depth) const {
  Value v;
  v.where = at->location();
  v.kind = Value::Kind::Unknown;
  const Node* maps = mappings();
  if (!maps || !maps->isMap() || !arg->isSeq() || arg->items.size() < 3) return v;
  const Node* found = maps;
  for (size_t i = 0; i < 3; ++i) {
    const Value key = value(arg->items[i], depth);
    if (!key.isLiteral() || !found->isMap()) return v;
    found = found->get(key.text);
    if (!found) return v;
  }
  // Only a scalar: a mapping value may not hold an intrinsic, and following one could loop.
  if (!found->isScalar()) return v;
  return value(found, depth);
}

// Fn::Select [index, list] of a list written in the template.
Value Template::select(const Node* arg, const Node* at, int depth) const {
  Value v;
  v.where = at->location();
  v.kind = Value::Kind::Unknown;
  if (!arg->isSeq() || arg->items.size() != 2 || !arg->items[1]->isSeq()) return v;
  const Value index = value(arg->items[0], depth);
  const auto i = index.isLiteral() ? index.effectiveInt() : std::nullopt;
  if (!i || *i < 0 || static_cast<size_t>(*i) >= arg->items[1]->items.size()) return v;
  return value(arg->items[1]->items[static_cast<size_t>(*i)], depth);
}

Value Template::value(const Node* n) const { return value(n, 0); }

Value Template::value(const Node* n, int ifDepth) const {
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
    return sub(e.value, n, ifDepth);
  } else if (fn == "Fn::Join") {
    return join(e.value, n, ifDepth);
  } else if (fn == "Fn::FindInMap") {
    return findInMap(e.value, n, ifDepth);
  } else if (fn == "Fn::Select") {
    return select(e.value, n, ifDepth);
  } else if (fn == "Fn::If") {
    ifBranches(e.value, v, ifDepth);
  }
  return v;
}

// Fn::If [Condition, WhenTrue, WhenFalse]: each branch a value of its own, tagged with the
// outcome that selects it; nested Fn::If branches are flattened into their leaves.
void Template::ifBranches(const Node* args, Value& v, int depth) const {
  if (!args->isSeq() || args->items.size() != 3 || !args->items[0]->isScalar()) return;
  const std::string& condition = args->items[0]->text;
  for (bool outcome : {true, false}) {
    // Beyond kMaxIfDepth a nested Fn::If stays one opaque branch: 2^depth leaves at most.
    Value branch = depth < kMaxIfDepth ? value(args->items[outcome ? 1 : 2], depth + 1) : Value{};
    if (depth >= kMaxIfDepth) {
      branch.kind = Value::Kind::Unknown;
      branch.where = args->items[outcome ? 1 : 2]->location();
    }
    auto tag = [&](Value& leaf) { leaf.when.insert(leaf.when.begin(), {condition, outcome}); };
    if (branch.conditional()) {
      for (Value& leaf : branch.branches) {
        tag(leaf);
        v.branches.push_back(std::move(leaf));
      }
    } else {
      tag(branch);
      v.branches.push_back(std::move(branch));
    }
  }
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

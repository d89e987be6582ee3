#include "frontends/terraform/module.hpp"

#include <cctype>

#include "document/hcl/hcl_strings.hpp"
#include "lambdalint/document/parse.hpp"

namespace lambdalint::frontends::terraform {
namespace {

using model::Value;

// Locals may refer to locals: a chain longer than this is a cycle or not worth following.
constexpr int kMaxDepth = 16;

bool identChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

// "${X}" alone, quotes included: X; otherwise empty.
std::string_view singleInterpolation(std::string_view t) {
  if (t.size() < 5 || t.substr(0, 3) != "\"${" || t.substr(t.size() - 2) != "}\"") return {};
  std::string_view inner = t.substr(3, t.size() - 5);
  if (inner.find("${") != std::string_view::npos || inner.find('}') != std::string_view::npos ||
      inner.find('"') != std::string_view::npos)
    return {};
  return inner;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

bool isExpression(const Node* n) { return n && n->isScalar() && n->tag == doc::kHclExpressionTag; }

std::string_view literalText(const Node* n) {
  return n && n->isScalar() && n->tag.empty() ? std::string_view(n->text) : std::string_view();
}

std::vector<std::string> referenceParts(std::string_view expr) {
  expr = trim(expr);
  if (std::string_view inner = singleInterpolation(expr); !inner.empty()) expr = trim(inner);
  std::vector<std::string> parts;
  size_t i = 0;
  while (i < expr.size()) {
    size_t start = i;
    while (i < expr.size() && identChar(expr[i])) ++i;
    if (i == start || !(std::isalpha(static_cast<unsigned char>(expr[start])) || expr[start] == '_'))
      return {};
    parts.emplace_back(expr.substr(start, i - start));
    // An index ([0], ["a"], [*]) is skipped: the reference is to the same resource.
    while (i < expr.size() && expr[i] == '[') {
      size_t close = expr.find(']', i);
      if (close == std::string_view::npos) return {};
      i = close + 1;
    }
    if (i == expr.size()) break;
    if (expr[i] != '.') return {};
    ++i;
    if (i == expr.size()) return {};
  }
  return parts;
}

std::vector<const doc::Entry*> blocks(const Node* body, std::string_view name) {
  std::vector<const doc::Entry*> out;
  if (!body || !body->isMap()) return out;
  for (const doc::Entry& e : body->entries)
    if (e.key->text == name && e.value->isMap() && e.value->tag.empty()) out.push_back(&e);
  return out;
}

Module::Module(const std::vector<const Node*>& roots) {
  auto addBlocks = [](const Node* byType, std::vector<Block>& out, const char* prefix) {
    for (const doc::Entry& t : byType->entries) {
      if (!t.value->isMap()) continue;
      for (const doc::Entry& n : t.value->entries) {
        if (!n.value->isMap()) continue;
        Block b;
        b.type = t.key->text;
        b.name = n.key->text;
        b.address = prefix + b.type + "." + b.name;
        b.nameKey = n.key;
        b.body = n.value;
        b.whole = byType->range;
        out.push_back(std::move(b));
      }
    }
  };
  for (const Node* root : roots) {
    if (!root || !root->isMap()) continue;
    for (const doc::Entry& e : root->entries) {
      const std::string& kind = e.key->text;
      if (!e.value->isMap()) continue;
      if (kind == "resource") {
        addBlocks(e.value, resources_, "");
      } else if (kind == "data") {
        addBlocks(e.value, data_, "data.");
      } else if (kind == "module" || kind == "variable") {
        for (const doc::Entry& n : e.value->entries) {
          if (!n.value->isMap()) continue;
          if (kind == "variable") {
            Variable v;
            v.key = n.key;
            v.defaultValue = n.value->get("default");
            if (const Node* type = n.value->get("type"); type && type->isScalar()) v.type = type->text;
            variables_.emplace(n.key->text, v);
            continue;
          }
          Block b;
          b.type = "module";
          b.name = n.key->text;
          b.address = "module." + b.name;
          b.nameKey = n.key;
          b.body = n.value;
          b.whole = e.value->range;
          modules_.push_back(std::move(b));
        }
      } else if (kind == "locals") {
        for (const doc::Entry& l : e.value->entries) locals_.emplace(l.key->text, l.value);
      }
    }
  }
  // Addresses are indexed once every vector is complete (their elements no longer move).
  for (const auto* list : {&resources_, &data_, &modules_})
    for (const Block& b : *list) byAddress_.emplace(b.address, &b);
}

const Block* Module::block(std::string_view address) const {
  auto it = byAddress_.find(address);
  return it == byAddress_.end() ? nullptr : it->second;
}

std::vector<const Block*> Module::resourcesOfType(std::string_view type) const {
  std::vector<const Block*> out;
  for (const Block& b : resources_)
    if (b.type == type) out.push_back(&b);
  return out;
}

Value Module::value(const Node* n) const { return valueAt(n, 0); }

const Node* Module::follow(const Node* n) const {
  for (int depth = 0; n && depth < kMaxDepth; ++depth) {
    if (!isExpression(n)) return n;
    std::vector<std::string> parts = referenceParts(n->text);
    if (parts.size() != 2 || parts[0] != "local" || n->text.find('[') != std::string::npos)
      return n;
    auto it = locals_.find(parts[1]);
    if (it == locals_.end()) return n;
    n = it->second;
  }
  return n;
}

const Block* Module::referencedBlock(const Node* n) const {
  Value v = value(n);
  return v.kind == Value::Kind::ResourceRef ? block(v.name) : nullptr;
}

Value Module::valueAt(const Node* n, int depth) const {
  Value v;
  if (!n || n->isNull()) return v;
  v.where = n->location();
  if (!n->isScalar()) {
    v.kind = Value::Kind::Unknown;  // a map or list where one value is expected
    return v;
  }
  if (n->tag.empty()) {
    v.kind = Value::Kind::Literal;
    v.text = n->text;
    return v;
  }
  v.text = n->text;
  if (n->tag == doc::kHclHeredocTag) {
    v.kind = n->text.find("${") == std::string::npos && n->text.find("%{") == std::string::npos
                 ? Value::Kind::Literal
                 : Value::Kind::Unknown;
    return v;
  }
  v.kind = Value::Kind::Unknown;
  if (n->tag != doc::kHclExpressionTag || depth > kMaxDepth) return v;
  std::string_view text = trim(n->text);
  if (!text.empty() && text.front() == '"') {
    if (singleInterpolation(text).empty()) {
      if (auto t = templateText(text, depth)) {
        v.kind = Value::Kind::Literal;
        v.text = *t;
      }
      return v;
    }
  }
  Value r = reference(text, n, depth);
  if (!r.where.known()) r.where = v.where;
  return r;
}

Value Module::reference(std::string_view expr, const Node* at, int depth) const {
  Value v;
  v.kind = Value::Kind::Unknown;
  v.text = std::string(expr);
  v.where = at->location();
  const std::vector<std::string> parts = referenceParts(expr);
  if (parts.size() < 2) return v;
  const bool indexed = expr.find('[') != std::string_view::npos;
  const std::string& head = parts[0];
  if (head == "var") {
    auto it = variables_.find(parts[1]);
    if (it == variables_.end() || parts.size() > 2 || indexed) return v;
    v.kind = Value::Kind::ParameterRef;
    v.name = "var." + parts[1];
    v.text.clear();
    v.parameterType = it->second.type;
    const Node* d = it->second.defaultValue;
    if (d && d->isScalar() && d->tag.empty()) {
      v.text = d->text;
      v.hasDefault = true;
    }
    return v;
  }
  if (head == "local") {
    auto it = locals_.find(parts[1]);
    if (it == locals_.end() || parts.size() > 2 || indexed) return v;
    return valueAt(it->second, depth + 1);
  }
  if (head == "path" && (parts[1] == "module" || parts[1] == "root") && parts.size() == 2) {
    v.kind = Value::Kind::Literal;
    v.text = ".";
    return v;
  }
  std::string address = head == "data" && parts.size() >= 3 ? "data." + parts[1] + "." + parts[2]
                                                             : head + "." + parts[1];
  const size_t attrAt = head == "data" ? 3 : 2;
  if (head != "module" && block(address)) {
    v.kind = Value::Kind::ResourceRef;
    v.name = address;
    v.attribute = parts.size() > attrAt ? parts[attrAt] : "";
    v.text.clear();
  }
  return v;
}

// "prefix-${local.x}/${path.module}": the text when every interpolation resolves to a literal.
std::optional<std::string> Module::templateText(std::string_view tpl, int depth) const {
  if (tpl.size() < 2 || tpl.front() != '"' || tpl.back() != '"') return std::nullopt;
  std::string_view body = tpl.substr(1, tpl.size() - 2);
  if (body.find("%{") != std::string_view::npos) return std::nullopt;  // directives
  std::string out;
  size_t i = 0;
  while (i < body.size()) {
    size_t open = body.find("${", i);
    // `$${` is an escaped `${`: literal text.
    while (open != std::string_view::npos && open > 0 && body[open - 1] == '$')
      open = body.find("${", open + 2);
    out += doc::unescapeHclString(body.substr(i, open == std::string_view::npos ? open : open - i));
    if (open == std::string_view::npos) break;
    size_t close = body.find('}', open);
    if (close == std::string_view::npos) return std::nullopt;
    std::string_view inner = body.substr(open + 2, close - open - 2);
    if (inner.find('"') != std::string_view::npos || inner.find('{') != std::string_view::npos)
      return std::nullopt;
    Node probe;
    probe.kind = doc::NodeKind::Scalar;
    Value part = reference(trim(inner), &probe, depth + 1);
    if (part.kind != Value::Kind::Literal) return std::nullopt;
    out += part.text;
    i = close + 1;
  }
  return out;
}

}  // namespace lambdalint::frontends::terraform

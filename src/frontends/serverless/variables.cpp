#include "frontends/serverless/variables.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace lambdalint::frontends::serverless {
namespace {

using Text = Variables::Text;
using TKind = Variables::Text::Kind;

constexpr int kMaxDepth = 24;  // self-references that loop stop here, unresolved
constexpr size_t kMaxSteps = 200'000;  // variables resolved per file, at most

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The position after the `}` closing the variable that opens at `open` ("${"), or npos.
size_t closingBrace(std::string_view s, size_t open) {
  int depth = 0;
  for (size_t i = open; i < s.size(); ++i) {
    if (s.compare(i, 2, "${") == 0) {
      ++depth;
      ++i;
    } else if (s[i] == '}' && --depth == 0) {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// Splits "a, 'b, c', d" at the commas outside quotes and nested variables.
std::vector<std::string_view> splitFallbacks(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  int depth = 0;
  char quote = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '{' || c == '(') {
      ++depth;
    } else if (c == '}' || c == ')') {
      --depth;
    } else if (c == ',' && depth == 0) {
      parts.push_back(trim(s.substr(start, i - start)));
      start = i + 1;
    }
  }
  parts.push_back(trim(s.substr(start)));
  return parts;
}

bool isNumberOrBool(std::string_view s) {
  if (s == "true" || s == "false") return true;
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && c != '-') return false;
  return true;
}

}  // namespace

const Node* Variables::get(const Node* map, std::string_view key) const {
  map = node(map);
  if (!map || !map->isMap()) return nullptr;
  return node(map->get(key));
}

const Node* Variables::path(const Node* n, std::initializer_list<std::string_view> keys) const {
  for (std::string_view k : keys) {
    if (!n) return nullptr;
    n = get(n, k);
  }
  return n;
}

const doc::Entry* Variables::entry(const Node* map, std::string_view key) const {
  map = node(map);
  return map && map->isMap() ? map->findEntry(key) : nullptr;
}

const Node* Variables::node(const Node* n, int depth) const {
  if (!n || !n->isScalar() || depth > kMaxDepth) return n;
  std::string_view s = n->text;
  if (!startsWith(s, "${") || closingBrace(s, 0) != s.size()) return n;
  Text t = resolveVariable(s.substr(2, s.size() - 3), depth + 1);
  return t.kind == TKind::Node ? t.node : n;
}

// `address` is a dotted path from the top of the file ("custom.tableName", "provider.stage");
// a number steps into a list.
const Node* Variables::self(std::string_view address, int depth) const {
  const Node* n = &root_;
  address = trim(address);
  while (!address.empty()) {
    size_t dot = address.find('.');
    std::string_view key = address.substr(0, dot);
    address = dot == std::string_view::npos ? std::string_view() : address.substr(dot + 1);
    n = node(n, depth + 1);
    if (!n) return nullptr;
    if (n->isMap()) {
      n = n->get(key);
    } else if (n->isSeq() && !key.empty() &&
               key.find_first_not_of("0123456789") == std::string_view::npos) {
      size_t i = std::stoul(std::string(key));
      n = i < n->items.size() ? n->items[i] : nullptr;
    } else {
      return nullptr;
    }
  }
  return n;
}

// One source with its address: "self:custom.x", "opt:stage", "'dev'", "ssm:/a/b"...
Text Variables::resolveSource(std::string_view part, int depth) const {
  Text t;
  if (++steps_ > kMaxSteps) return t;  // a file built to make resolution explode
  if (part.size() >= 2 && (part.front() == '\'' || part.front() == '"') &&
      part.back() == part.front()) {
    t.kind = TKind::Text;
    t.text = std::string(part.substr(1, part.size() - 2));
    return t;
  }
  if (isNumberOrBool(part)) {
    t.kind = TKind::Text;
    t.text = std::string(part);
    return t;
  }
  if (startsWith(part, "self:")) {
    // A reference already being resolved is a loop: unresolved, at once.
    std::string address(trim(part.substr(5)));
    if (std::find(active_.begin(), active_.end(), address) != active_.end()) return t;
    active_.push_back(address);
    const Node* n = node(self(address, depth), depth + 1);
    if (n && n->isScalar()) {
      t = resolveString(n->text, depth + 1);
    } else if (n && !n->isNull()) {
      t.kind = TKind::Node;
      t.node = n;
    }
    active_.pop_back();
    return t;
  }
  if (part == "sls:stage") {  // --stage, else provider.stage, else "dev"
    const Node* stage = node(self("provider.stage", depth), depth + 1);
    if (stage && stage->isScalar()) return resolveString(stage->text, depth + 1);
    t.kind = TKind::Text;
    t.text = "dev";
    return t;
  }
  if (startsWith(part, "ssm:") || startsWith(part, "ssm(") ||
      (startsWith(part, "aws:") && part != "aws:region" && part != "aws:accountId")) {
    t.kind = TKind::Dynamic;
    return t;
  }
  return t;  // opt:, env:, file(...), cf:, s3:, param:... are not known from the file
}

// The text between "${" and "}": sources separated by commas, the first that resolves wins.
Text Variables::resolveVariable(std::string_view inner, int depth) const {
  if (depth > kMaxDepth) return {};
  std::string expanded;
  if (inner.find("${") != std::string_view::npos) {  // ${self:custom.${sls:stage}.table}
    Text t = resolveString(inner, depth + 1);
    if (t.kind != TKind::Text) return {};
    expanded = std::move(t.text);
    inner = expanded;
  }
  for (std::string_view part : splitFallbacks(inner)) {
    Text t = resolveSource(part, depth);
    if (t.kind != TKind::Unresolved) return t;
  }
  return {};
}

Text Variables::resolveString(std::string_view s, int depth) const {
  Text out;
  if (depth > kMaxDepth) return out;
  size_t open = s.find("${");
  if (open == 0 && closingBrace(s, 0) == s.size()) return resolveVariable(s.substr(2, s.size() - 3), depth);
  bool dynamic = false, unresolved = false;
  size_t from = 0;
  for (; open != std::string_view::npos; open = s.find("${", from)) {
    size_t close = closingBrace(s, open);
    if (close == std::string_view::npos) break;
    out.text += s.substr(from, open - from);
    Text v = resolveVariable(s.substr(open + 2, close - open - 3), depth + 1);
    if (v.kind == TKind::Text) out.text += v.text;
    else if (v.kind == TKind::Dynamic) dynamic = true;
    else unresolved = true;
    from = close;
  }
  out.text += s.substr(from);
  out.kind = unresolved ? TKind::Unresolved : dynamic ? TKind::Dynamic : TKind::Text;
  if (out.kind == TKind::Unresolved) out.text.clear();
  return out;
}

model::Value Variables::value(const Node* n) const {
  model::Value v;
  if (!n || n->isNull()) return v;
  v.where = n->location();
  const Node* target = node(n);  // `${self:custom.x}` naming a mapping: that mapping
  if (target->isMap() && cloudformation::isIntrinsic(target)) {
    v = tpl_.value(target);
    v.where = n->location();
    return v;
  }
  if (!target->isScalar()) {
    v.kind = model::Value::Kind::Unknown;
    return v;
  }
  v.text = n->text;
  if (v.text.find("${") == std::string::npos) {
    v.kind = v.text.find("{{resolve:") != std::string::npos ? model::Value::Kind::Dynamic
                                                             : model::Value::Kind::Literal;
    return v;
  }
  Text t = resolveString(n->text, 0);
  switch (t.kind) {
    case TKind::Text: v.kind = model::Value::Kind::Literal; v.text = std::move(t.text); break;
    case TKind::Dynamic: v.kind = model::Value::Kind::Dynamic; break;
    default: v.kind = model::Value::Kind::Unknown; break;
  }
  return v;
}

}  // namespace lambdalint::frontends::serverless

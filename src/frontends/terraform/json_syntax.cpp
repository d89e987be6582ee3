// Terraform JSON syntax (`*.tf.json`): parsed as JSON by the document layer, then rebuilt in
// the shape parseHcl gives `.tf` files (see json_syntax.hpp). In JSON every string is a
// template, so `"${aws_iam_role.x.arn}"` is the reference it is in HCL.
#include "frontends/terraform/json_syntax.hpp"

#include <cctype>
#include <string_view>

#include "lambdalint/document/parse.hpp"

namespace lambdalint::frontends::terraform {
namespace {

using doc::Node;
using doc::NodeKind;

bool interpolates(std::string_view s) {
  return s.find("${") != std::string_view::npos || s.find("%{") != std::string_view::npos;
}

// The string as an HCL quoted template: quotes and backslashes escaped outside `${...}`.
std::string quotedTemplate(std::string_view s) {
  std::string out = "\"";
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (depth == 0 && (c == '$' || c == '%') && i + 1 < s.size() && s[i + 1] == '{') {
      out += c;
      out += '{';
      ++i;
      depth = 1;
      continue;
    }
    if (depth > 0) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      out += c;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

bool isPolicyKey(std::string_view key) { return key.find("policy") != std::string_view::npos; }

class Converter {
 public:
  explicit Converter(doc::Document& dst) : dst_(dst) {}

  const Node* root(const Node* src) {
    Node* map = make(NodeKind::Mapping, src);
    if (!src->isMap()) return map;
    for (const doc::Entry& e : src->entries) {
      const std::string& k = e.key->text;
      if (k == "//") continue;
      const Node* v;
      if (k == "resource" || k == "data") v = labelled(e.value, 2, true);
      else if (k == "module" || k == "variable" || k == "output" || k == "provider") v = labelled(e.value, 1, false);
      else v = value(e.value, false, k);
      add(*map, e.key, v);
    }
    return map;
  }

 private:
  Node* make(NodeKind kind, const Node* from) {
    const Node* at = at_ ? at_ : from;
    Node* n = dst_.newNode(kind, at->range);
    n->file = at->file;
    return n;
  }

  void add(Node& map, const Node* srcKey, const Node* value) {
    Node* key = make(NodeKind::Scalar, srcKey);
    key->text = srcKey->text;
    map.entries.push_back(doc::Entry{key, value});
  }

  // `{"aws_lambda_function": {"api": {...}}}`: `levels` of labels, then a block body. A level
  // given as a list of objects is the union of their entries.
  const Node* labelled(const Node* src, int levels, bool flatten) {
    if (levels == 0) return body(src, flatten);
    Node* map = make(NodeKind::Mapping, src);
    auto addLevel = [&](const Node* m) {
      if (!m->isMap()) return;
      for (const doc::Entry& e : m->entries)
        if (e.key->text != "//") add(*map, e.key, labelled(e.value, levels - 1, flatten));
    };
    if (src->isSeq())
      for (const Node* item : src->items) addLevel(item);
    else
      addLevel(src);
    return map;
  }

  // A block body: attributes and nested blocks. In resources and data sources, a nested block
  // written as a list of objects (`"statement": [{...}, {...}]`) is one entry per block, as
  // repeated HCL blocks are.
  const Node* body(const Node* src, bool flatten) {
    if (src->isSeq()) {  // a body given as a list: its objects' entries together
      Node* map = make(NodeKind::Mapping, src);
      for (const Node* item : src->items)
        if (item->isMap())
          for (const doc::Entry& e : body(item, flatten)->entries) map->entries.push_back(e);
      return map;
    }
    if (!src->isMap()) return value(src, flatten, "");
    Node* map = make(NodeKind::Mapping, src);
    for (const doc::Entry& e : src->entries) {
      if (e.key->text == "//") continue;
      const Node* v = e.value;
      bool blockList = flatten && v->isSeq() && !v->items.empty();
      for (const Node* item : v->isSeq() ? v->items : std::vector<const Node*>{})
        blockList = blockList && item->isMap();
      if (blockList) {
        for (const Node* item : v->items) add(*map, e.key, body(item, flatten));
        continue;
      }
      add(*map, e.key, v->isMap() ? body(v, flatten) : value(v, flatten, e.key->text));
    }
    return map;
  }

  const Node* value(const Node* src, bool flatten, std::string_view key) {
    if (src->isMap()) {
      Node* map = make(NodeKind::Mapping, src);
      for (const doc::Entry& e : src->entries)
        if (e.key->text != "//") add(*map, e.key, value(e.value, flatten, e.key->text));
      return map;
    }
    if (src->isSeq()) {
      Node* seq = make(NodeKind::Sequence, src);
      for (const Node* item : src->items) seq->items.push_back(value(item, flatten, ""));
      return seq;
    }
    if (src->isNull()) return make(NodeKind::Null, src);
    if (src->quoted && isPolicyKey(key))
      if (const Node* policy = jsonText(src)) return policy;
    Node* s = make(NodeKind::Scalar, src);
    if (src->quoted && interpolates(src->text)) {
      s->text = quotedTemplate(src->text);
      s->tag = std::string(doc::kHclExpressionTag);
      return s;
    }
    s->text = src->text;
    s->quoted = src->quoted;
    return s;
  }

  // A policy written as JSON text inside the JSON string: the map jsonencode would give,
  // every node located at the string.
  const Node* jsonText(const Node* src) {
    std::string_view t = src->text;
    while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
    if (t.empty() || t.front() != '{' || at_) return nullptr;
    auto inner = doc::parseDocument(std::make_shared<SourceFile>(src->file ? src->file->path() : "",
                                                                 std::string(t)));
    if (inner->failed() || !inner->root() || !inner->root()->isMap()) return nullptr;
    at_ = src;
    const Node* converted = value(inner->root(), false, "");
    at_ = nullptr;
    const_cast<Node*>(converted)->tag = std::string(doc::kHclJsonencodeTag);  // built just now
    return converted;
  }

  doc::Document& dst_;
  const Node* at_ = nullptr;  // while converting a policy's JSON text: where it is written
};

}  // namespace

bool isTerraformFileName(std::string_view path) {
  return (path.size() > 3 && path.ends_with(".tf")) || (path.size() > 8 && path.ends_with(".tf.json"));
}

std::unique_ptr<doc::Document> parseTerraformJson(std::shared_ptr<const SourceFile> file) {
  std::unique_ptr<doc::Document> parsed = doc::parseDocument(file);
  if (parsed->failed() || !parsed->root()) return parsed;
  auto out = std::make_unique<doc::Document>(file);
  for (const doc::ParseIssue& issue : parsed->issues()) out->addIssue(issue);
  Converter convert(*out);
  out->addRoot(convert.root(parsed->root()));
  // The converted nodes own copies of the text; `parsed` is not referenced any more.
  return out;
}

std::unique_ptr<doc::Document> parseTerraformFile(std::shared_ptr<const SourceFile> file) {
  if (file->path().ends_with(".tf.json")) return parseTerraformJson(std::move(file));
  return doc::parseHcl(std::move(file));
}

}  // namespace lambdalint::frontends::terraform

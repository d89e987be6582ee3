// The HCL reader: a .tf file, parsed with tree-sitter's HCL grammar, becomes the positioned
// document tree every frontend reads (see doc::parseHcl in parse.hpp for the shape). Only this
// folder and the language analyzers include tree-sitter headers.
#include <tree_sitter/api.h>

#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "document/hcl/hcl_strings.hpp"
#include "document/input_checks.hpp"
#include "lambdalint/document/parse.hpp"

extern "C" const TSLanguage* tree_sitter_hcl();

namespace lambdalint::doc {
namespace {

struct ParserDeleter {
  void operator()(TSParser* p) const { ts_parser_delete(p); }
};
struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};

std::string_view typeOf(TSNode n) { return ts_node_type(n); }

Position positionOf(TSPoint p) { return Position{p.row + 1, p.column + 1}; }

SourceRange rangeOf(TSNode n) {
  return SourceRange{positionOf(ts_node_start_point(n)), positionOf(ts_node_end_point(n))};
}

// Stops the conversion when the input is too deep or too large (hostile input).
struct LimitExceeded {
  TSNode at;
  std::string message;
};

class Converter {
 public:
  Converter(Document& doc, const ParseLimits& limits)
      : doc_(doc), limits_(limits), text_(doc.file().content()) {}

  const Node* body(TSNode body, SourceRange range, size_t depth) {
    Node* map = make(NodeKind::Mapping, range, body, depth);
    for (uint32_t i = 0, n = ts_node_named_child_count(body); i < n; ++i) {
      TSNode child = ts_node_named_child(body, i);
      if (typeOf(child) == "attribute") addAttribute(*map, child, depth);
      else if (typeOf(child) == "block") addBlock(*map, child, depth);
    }
    return map;
  }

 private:
  Node* make(NodeKind kind, SourceRange range, TSNode at, size_t depth) {
    if (depth > limits_.maxDepth)
      throw LimitExceeded{at, "the file is nested more than " + std::to_string(limits_.maxDepth) +
                                  " levels deep"};
    if (++count_ > limits_.maxNodes)
      throw LimitExceeded{at, "the file has more than " + std::to_string(limits_.maxNodes) +
                                  " values"};
    Node* n = doc_.newNode(kind, range);
    n->file = &doc_.file();
    return n;
  }

  std::string_view source(TSNode n) const {
    uint32_t b = ts_node_start_byte(n), e = ts_node_end_byte(n);
    return std::string_view(text_).substr(b, e - b);
  }

  Node* scalar(TSNode at, std::string text, bool quoted, size_t depth) {
    Node* s = make(NodeKind::Scalar, rangeOf(at), at, depth);
    s->text = std::move(text);
    s->quoted = quoted;
    return s;
  }

  // Anything not evaluated here (references, operators, calls, templates with
  // interpolation): its source text, tagged so that no frontend mistakes it for a literal.
  Node* expression(TSNode at, size_t depth) {
    Node* s = scalar(at, std::string(source(at)), false, depth);
    s->tag = std::string(kHclExpressionTag);
    return s;
  }

  void addAttribute(Node& map, TSNode attr, size_t depth) {
    TSNode name = ts_node_named_child(attr, 0);
    TSNode value = ts_node_named_child(attr, 1);
    if (ts_node_is_null(name) || ts_node_is_null(value)) return;
    Node* key = scalar(name, std::string(source(name)), false, depth + 1);
    map.entries.push_back(Entry{key, convert(value, depth + 1)});
  }

  // `type "l1" "l2" { body }` → type: {l1: {l2: body}}.
  void addBlock(Node& map, TSNode block, size_t depth) {
    std::vector<TSNode> labels;
    TSNode type{}, bodyNode{};
    bool haveType = false, haveBody = false;
    for (uint32_t i = 0, n = ts_node_named_child_count(block); i < n; ++i) {
      TSNode c = ts_node_named_child(block, i);
      std::string_view t = typeOf(c);
      if (t == "identifier" && !haveType) {
        type = c;
        haveType = true;
      } else if (t == "identifier" || t == "string_lit") {
        labels.push_back(c);
      } else if (t == "body") {
        bodyNode = c;
        haveBody = true;
      }
    }
    if (!haveType) return;
    const SourceRange whole = rangeOf(block);
    const Node* inner = haveBody ? body(bodyNode, whole, depth + labels.size() + 1)
                                 : make(NodeKind::Mapping, whole, block, depth + 1);
    for (auto it = labels.rbegin(); it != labels.rend(); ++it) {
      Node* wrap = make(NodeKind::Mapping, whole, block, depth + 1);
      Node* key = scalar(*it, labelText(*it), typeOf(*it) == "string_lit", depth + 1);
      wrap->entries.push_back(Entry{key, inner});
      inner = wrap;
    }
    Node* key = scalar(type, std::string(source(type)), false, depth + 1);
    map.entries.push_back(Entry{key, inner});
  }

  std::string labelText(TSNode label) const {
    if (typeOf(label) != "string_lit") return std::string(source(label));
    std::string out;
    for (uint32_t i = 0, n = ts_node_named_child_count(label); i < n; ++i) {
      TSNode c = ts_node_named_child(label, i);
      if (typeOf(c) == "template_literal") out += unescapeHclString(source(c));
    }
    return out;
  }

  // A quoted string that is only literal text: its value; nullopt when it interpolates.
  std::optional<std::string> literalString(TSNode tpl) const {
    std::string out;
    for (uint32_t i = 0, n = ts_node_named_child_count(tpl); i < n; ++i) {
      TSNode c = ts_node_named_child(tpl, i);
      std::string_view t = typeOf(c);
      if (t == "template_literal") out += unescapeHclString(source(c));
      else if (t != "quoted_template_start" && t != "quoted_template_end") return std::nullopt;
    }
    return out;
  }

  const Node* convert(TSNode n, size_t depth) {
    std::string_view t = typeOf(n);
    // Wrappers with one meaningful child.
    if (t == "expression" || t == "literal_value" || t == "collection_value" ||
        t == "template_expr") {
      if (ts_node_named_child_count(n) == 1) return convert(ts_node_named_child(n, 0), depth);
      return expression(n, depth);
    }
    if (t == "string_lit" || t == "quoted_template") {
      if (auto s = literalString(n)) return scalar(n, std::move(*s), true, depth);
      return expression(n, depth);
    }
    if (t == "numeric_lit" || t == "bool_lit") return scalar(n, std::string(source(n)), false, depth);
    if (t == "null_lit") return make(NodeKind::Null, rangeOf(n), n, depth);
    if (t == "tuple") {
      Node* seq = make(NodeKind::Sequence, rangeOf(n), n, depth);
      for (uint32_t i = 0, c = ts_node_named_child_count(n); i < c; ++i) {
        TSNode item = ts_node_named_child(n, i);
        if (typeOf(item) == "expression") seq->items.push_back(convert(item, depth + 1));
      }
      return seq;
    }
    if (t == "object") return object(n, depth);
    if (t == "heredoc_template") return heredoc(n, depth);
    if (t == "function_call") return call(n, depth);
    if (auto number = negativeNumber(source(n))) return scalar(n, std::move(*number), false, depth);
    return expression(n, depth);
  }

  // `-5` is an operation in the grammar, but a number to anyone reading it.
  static std::optional<std::string> negativeNumber(std::string_view text) {
    if (text.size() < 2 || text.front() != '-') return std::nullopt;
    std::string_view digits = text.substr(1);
    while (!digits.empty() && (digits.front() == ' ' || digits.front() == '\t')) digits.remove_prefix(1);
    if (digits.empty() || !std::isdigit(static_cast<unsigned char>(digits.front()))) return std::nullopt;
    for (char c : digits)
      if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-')
        return std::nullopt;
    return "-" + std::string(digits);
  }

  const Node* object(TSNode n, size_t depth) {
    Node* map = make(NodeKind::Mapping, rangeOf(n), n, depth);
    for (uint32_t i = 0, c = ts_node_named_child_count(n); i < c; ++i) {
      TSNode elem = ts_node_named_child(n, i);
      if (typeOf(elem) != "object_elem") continue;
      TSNode k = ts_node_child_by_field_name(elem, "key", 3);
      TSNode v = ts_node_child_by_field_name(elem, "val", 3);
      if (ts_node_is_null(k) || ts_node_is_null(v)) continue;
      map->entries.push_back(Entry{objectKey(k, depth + 1), convert(v, depth + 1)});
    }
    return map;
  }

  // Object keys: a bare name (`Effect = ...`) or a literal string are the key's text; any
  // other expression (`(var.name) = ...`) keeps its source text and the expression tag.
  Node* objectKey(TSNode k, size_t depth) {
    TSNode inner = k;
    while (typeOf(inner) == "expression" && ts_node_named_child_count(inner) == 1)
      inner = ts_node_named_child(inner, 0);
    std::string_view t = typeOf(inner);
    if (t == "variable_expr") return scalar(inner, std::string(source(inner)), false, depth);
    if (t == "literal_value" || t == "template_expr") {
      const Node* converted = convert(inner, depth);
      if (converted->isScalar() && converted->tag.empty())
        return const_cast<Node*>(converted);  // built just now by this converter
    }
    return expression(k, depth);
  }

  // `<<EOF` / `<<-EOF` text: a quoted scalar ranging over the text lines only, so that a
  // frontend can read JSON written there with positions in this file. Interpolations stay
  // as written; the tag tells it is a heredoc.
  const Node* heredoc(TSNode n, size_t depth) {
    uint32_t contentBegin = 0, contentEnd = 0;
    bool started = false;
    for (uint32_t i = 0, c = ts_node_named_child_count(n); i < c; ++i) {
      TSNode part = ts_node_named_child(n, i);
      std::string_view t = typeOf(part);
      if (t == "heredoc_start" || t == "heredoc_identifier") continue;
      if (!started) contentBegin = ts_node_start_byte(part);
      started = true;
      contentEnd = ts_node_end_byte(part);
    }
    if (!started) {
      Node* s = scalar(n, "", true, depth);
      s->tag = std::string(kHclHeredocTag);
      return s;
    }
    const SourceFile& f = doc_.file();
    Node* s = make(NodeKind::Scalar, SourceRange{f.positionAt(contentBegin), f.positionAt(contentEnd)},
                   n, depth);
    s->text = text_.substr(contentBegin, contentEnd - contentBegin);
    s->quoted = true;
    s->tag = std::string(kHclHeredocTag);
    return s;
  }

  // jsonencode({...}) is how IAM policies are usually written: its argument is kept as the
  // map or list it is, tagged with the call. Other calls are expressions.
  const Node* call(TSNode n, size_t depth) {
    TSNode name = ts_node_named_child(n, 0);
    TSNode args{};
    bool haveArgs = false;
    for (uint32_t i = 0, c = ts_node_named_child_count(n); i < c; ++i)
      if (typeOf(ts_node_named_child(n, i)) == "function_arguments") {
        args = ts_node_named_child(n, i);
        haveArgs = true;
      }
    if (!ts_node_is_null(name) && source(name) == "jsonencode" && haveArgs &&
        ts_node_named_child_count(args) == 1) {
      const Node* arg = convert(ts_node_named_child(args, 0), depth + 1);
      if (arg->isMap() || arg->isSeq()) {
        Node* tagged = const_cast<Node*>(arg);  // built just now by this converter
        tagged->tag = std::string(kHclJsonencodeTag);
        return tagged;
      }
    }
    return expression(n, depth);
  }

  Document& doc_;
  const ParseLimits& limits_;
  const std::string& text_;
  size_t count_ = 0;
};

// The first syntax error in the tree: an ERROR node or a token the parser had to assume.
std::optional<TSNode> firstError(TSNode n) {
  if (ts_node_is_error(n) || ts_node_is_missing(n)) return n;
  if (!ts_node_has_error(n)) return std::nullopt;
  for (uint32_t i = 0, c = ts_node_child_count(n); i < c; ++i)
    if (auto e = firstError(ts_node_child(n, i))) return e;
  return n;
}

std::string describeError(TSNode err, std::string_view text) {
  if (ts_node_is_missing(err))
    return std::string("HCL syntax error: missing `") + ts_node_type(err) + "`";
  uint32_t b = ts_node_start_byte(err), e = ts_node_end_byte(err);
  std::string_view got = text.substr(b, std::min<uint32_t>(e - b, 40));
  got = got.substr(0, got.find('\n'));
  if (got.empty()) return "HCL syntax error";
  return "HCL syntax error: unexpected `" + std::string(got) + "`";
}

void fail(Document& doc, SourceRange at, std::string message) {
  doc.addIssue(ParseIssue{"INP001", at, std::move(message), std::nullopt, {}, std::nullopt, {}});
  doc.markFailed();
}

}  // namespace

std::unique_ptr<Document> parseHcl(std::shared_ptr<const SourceFile> file, const ParseLimits& limits) {
  auto doc = std::make_unique<Document>(file);
  if (auto problem = checkReadableText(*file)) {
    fail(*doc, SourceRange{problem->where, problem->where}, problem->message);
    return doc;
  }
  std::unique_ptr<TSParser, ParserDeleter> parser(ts_parser_new());
  ts_parser_set_language(parser.get(), tree_sitter_hcl());
  const std::string& text = file->content();
  std::unique_ptr<TSTree, TreeDeleter> tree(ts_parser_parse_string(
      parser.get(), nullptr, text.data(), static_cast<uint32_t>(text.size())));
  if (!tree) {
    fail(*doc, SourceRange{{1, 1}, {1, 1}}, "the HCL parser could not read the file");
    return doc;
  }
  TSNode root = ts_tree_root_node(tree.get());
  if (auto err = firstError(root)) {
    fail(*doc, rangeOf(*err), describeError(*err, text));
    return doc;
  }
  // config_file holds one body (or nothing, for an empty file).
  TSNode body = ts_node_named_child(root, 0);
  for (uint32_t i = 0, n = ts_node_named_child_count(root); i < n; ++i)
    if (typeOf(ts_node_named_child(root, i)) == "body") body = ts_node_named_child(root, i);
  try {
    Converter convert(*doc, limits);
    if (ts_node_is_null(body) || typeOf(body) != "body") {
      Node* empty = doc->newNode(NodeKind::Mapping, rangeOf(root));
      empty->file = file.get();
      doc->addRoot(empty);
    } else {
      doc->addRoot(convert.body(body, rangeOf(root), 0));
    }
  } catch (const LimitExceeded& e) {
    fail(*doc, rangeOf(e.at), e.message);
  }
  return doc;
}

}  // namespace lambdalint::doc

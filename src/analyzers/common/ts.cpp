#include "analyzers/common/ts.hpp"

#include <algorithm>

#include "lambdalint/support/deadline.hpp"

namespace lambdalint::analyzers {
namespace {

TSInput stringInput(std::string_view& text) {
  TSInput input{};
  input.payload = &text;
  input.encoding = TSInputEncodingUTF8;
  input.read = [](void* payload, uint32_t offset, TSPoint, uint32_t* read) -> const char* {
    auto* t = static_cast<std::string_view*>(payload);
    if (offset >= t->size()) {
      *read = 0;
      return "";
    }
    *read = static_cast<uint32_t>(t->size() - offset);
    return t->data() + offset;
  };
  return input;
}

}  // namespace

TreePtr parse(const TSLanguage* language, std::string_view text) {
  TSParser* parser = ts_parser_new();
  ts_parser_set_language(parser, language);
  // The file's time limit (--file-timeout) cancels the parse; an empty tree then stands in
  // (the engine discards that file's results), so callers still never get null.
  TSParseOptions options{nullptr, [](TSParseState*) { return deadline::expired(); }};
  TSTree* tree = ts_parser_parse_with_options(parser, nullptr, stringInput(text), options);
  if (!tree) {
    ts_parser_reset(parser);
    tree = ts_parser_parse_string(parser, nullptr, "", 0);
  }
  ts_parser_delete(parser);
  return TreePtr(tree);
}

void forEachNode(TSNode root, const std::function<void(const Visit&)>& f) {
  if (ts_node_is_null(root)) return;
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  std::vector<TSNode> parents{TSNode{}};  // the parent of each open level
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    if (ts_node_is_named(n)) {
      const char* field = ts_tree_cursor_current_field_name(&cursor);
      f(Visit{n, parents.back(), field ? std::string_view(field) : std::string_view()});
    }
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      parents.push_back(n);
      continue;
    }
    // Next sibling, or up until there is one.
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (parents.size() == 1 || !ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return;
      }
      parents.pop_back();
    }
  }
}

std::string_view text(const SourceFile& file, TSNode n) {
  if (ts_node_is_null(n)) return {};
  const std::string& c = file.content();
  uint32_t b = ts_node_start_byte(n), e = ts_node_end_byte(n);
  if (b > c.size() || e > c.size() || e < b) return {};
  return std::string_view(c).substr(b, e - b);
}

SourceRange range(TSNode n) {
  TSPoint b = ts_node_start_point(n), e = ts_node_end_point(n);
  return SourceRange{{b.row + 1, b.column + 1}, {e.row + 1, e.column + 1}};
}

Location location(const SourceFile& file, TSNode n) { return Location{&file, range(n)}; }

std::string_view type(TSNode n) { return ts_node_is_null(n) ? "" : ts_node_type(n); }

TSNode field(TSNode n, const char* name) {
  if (ts_node_is_null(n)) return n;
  return ts_node_child_by_field_name(n, name, static_cast<uint32_t>(std::char_traits<char>::length(name)));
}

TSNode capture(const Match& match, std::string_view name) {
  for (const auto& c : match)
    if (c.name == name) return c.node;
  return TSNode{};
}

std::string stringValue(const SourceFile& file, TSNode n, bool* plain) {
  if (plain) *plain = false;
  std::string_view t = type(n);
  // Python/JS strings; Go interpreted and raw strings; Java strings and text blocks.
  if (t != "string" && t != "template_string" && t != "interpreted_string_literal" &&
      t != "raw_string_literal" && t != "string_literal")
    return {};
  // Substitutions (f-strings, `${x}`, Java string templates) make it not a plain literal.
  uint32_t count = namedCount(n);
  for (uint32_t i = 0; i < count; ++i) {
    std::string_view ct = type(ts_node_named_child(n, i));
    if (ct == "interpolation" || ct == "template_substitution" || ct == "string_interpolation")
      return {};
  }
  std::string_view s = text(file, n);
  size_t q = s.find_first_of("'\"`");
  if (q == std::string_view::npos || s.size() < q + 2) return {};
  char quote = s[q];
  size_t width = (s.size() >= q + 6 && s.substr(q, 3) == std::string(3, quote)) ? 3 : 1;
  if (s.size() < q + 2 * width) return {};
  if (plain) *plain = true;
  return std::string(s.substr(q + width, s.size() - q - 2 * width));
}

FunctionSpans::FunctionSpans(
    TSNode root, const std::function<std::optional<std::string>(TSNode, TSNode)>& name,
    const std::function<std::optional<std::string>(TSNode)>& prefix) {
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  // Iterative pre-order walk; `prefixes` holds the class prefix of each open level.
  std::vector<std::string> prefixes{""};
  std::vector<TSNode> parents{TSNode{}};
  bool descend = true;
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&cursor);
    bool enter = false;
    if (descend) {
      if (auto fn = name(n, parents.back())) {
        spans_.push_back({ts_node_start_byte(n), ts_node_end_byte(n), prefixes.back() + *fn});
      } else {
        enter = true;
      }
    }
    if (enter && ts_tree_cursor_goto_first_child(&cursor)) {
      auto p = prefix(n);
      prefixes.push_back(p ? prefixes.back() + *p : prefixes.back());
      parents.push_back(n);
      descend = true;
      continue;
    }
    // Next sibling, or up until there is one.
    for (;;) {
      if (ts_tree_cursor_goto_next_sibling(&cursor)) {
        descend = true;
        break;
      }
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        ts_tree_cursor_delete(&cursor);
        return;
      }
      prefixes.pop_back();
      parents.pop_back();
    }
  }
}

const std::string& FunctionSpans::at(TSNode n) const {
  static const std::string kModule;
  uint32_t b = ts_node_start_byte(n);
  auto it = std::upper_bound(spans_.begin(), spans_.end(), b,
                             [](uint32_t v, const Span& s) { return v < s.begin; });
  if (it == spans_.begin()) return kModule;
  --it;
  return b >= it->begin && b < it->end ? it->name : kModule;
}

std::string shortText(std::string_view s, size_t max) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() > max) out = out.substr(0, max - 3) + "...";
  return out;
}

void addNamedLiteral(model::CodeSummary& out, const SourceFile& file, const FunctionSpans& spans,
                     const std::string& name, TSNode value) {
  bool plain = false;
  std::string v = stringValue(file, value, &plain);
  if (!plain || v.empty() || name.empty()) return;
  out.literals.push_back({name, v, spans.at(value), location(file, value)});
}

}  // namespace lambdalint::analyzers

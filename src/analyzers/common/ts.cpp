#include "analyzers/common/ts.hpp"

#include <algorithm>
#include <stdexcept>

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

Query::Query(const TSLanguage* language, std::string_view name) {
  std::string_view source = embeddedQuery(name);
  if (source.empty()) throw std::logic_error("no embedded query " + std::string(name));
  uint32_t errorOffset = 0;
  TSQueryError error = TSQueryErrorNone;
  query_ = ts_query_new(language, source.data(), static_cast<uint32_t>(source.size()),
                        &errorOffset, &error);
  if (!query_)
    throw std::logic_error("query " + std::string(name) + " does not compile at byte " +
                           std::to_string(errorOffset) + " (error " +
                           std::to_string(static_cast<int>(error)) + ")");
}

Query::~Query() {
  if (query_) ts_query_delete(query_);
}

void Query::forEachMatch(TSNode root,
                         const std::function<void(const std::vector<Capture>&)>& f) const {
  TSQueryCursor* cursor = ts_query_cursor_new();
  ts_query_cursor_exec(cursor, query_, root);
  TSQueryMatch match;
  std::vector<Capture> captures;
  while (ts_query_cursor_next_match(cursor, &match)) {
    captures.clear();
    for (uint16_t i = 0; i < match.capture_count; ++i) {
      uint32_t len = 0;
      const char* name = ts_query_capture_name_for_id(query_, match.captures[i].index, &len);
      captures.push_back(Capture{std::string_view(name, len), match.captures[i].node});
    }
    f(captures);
  }
  ts_query_cursor_delete(cursor);
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

TSNode capture(const std::vector<Query::Capture>& captures, std::string_view name) {
  for (const auto& c : captures)
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

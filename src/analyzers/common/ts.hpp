#pragma once
// Small helpers over the tree-sitter C API shared by the language analyzers. Only code in
// src/analyzers/ includes this header.
#include <tree_sitter/api.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/document/source.hpp"
#include "lambdalint/model/handler_summary.hpp"

namespace lambdalint::analyzers {

struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};
using TreePtr = std::unique_ptr<TSTree, TreeDeleter>;

// Parses `text` with `language`; never null for a valid language.
TreePtr parse(const TSLanguage* language, std::string_view text);

// One node of a walk (see forEachNode): the node, its parent (null for the root) and the
// field the node fills in its parent ("" when none).
struct Visit {
  TSNode node;
  TSNode parent;
  std::string_view field;
};

// Calls `f` for every named node under `root` (root included) in preorder, which is source
// order. One TSTreeCursor, no recursion: a deeply nested file cannot overflow the stack. The
// analyzers find what they look at this way, in one pass over the tree, dispatching on the
// node type (a compiled tree-sitter query would cost more at start-up than the whole walk).
void forEachNode(TSNode root, const std::function<void(const Visit&)>& f);

// A node an analyzer picked out of the tree, under the name its handlers look it up by
// ("call", "env.key"); a Match is the nodes picked for one construct.
struct Capture {
  std::string_view name;
  TSNode node;
};
using Match = std::vector<Capture>;

std::string_view text(const SourceFile& file, TSNode n);
Location location(const SourceFile& file, TSNode n);
SourceRange range(TSNode n);
std::string_view type(TSNode n);
TSNode field(TSNode n, const char* name);
// Named children, safe on a null node (the C API is not: error recovery leaves fields empty).
inline uint32_t namedCount(TSNode n) { return ts_node_is_null(n) ? 0 : ts_node_named_child_count(n); }
// Whether `n` is a named node other than an ERROR: what a query's `(_)` stands for.
inline bool isNamed(TSNode n) {
  return !ts_node_is_null(n) && ts_node_is_named(n) && !ts_node_is_error(n);
}
// The first capture named `name` in a match, or a null node.
TSNode capture(const Match& match, std::string_view name);

// The text of a string literal without quotes or prefixes ('s3', "s3", `s3`, r"s3"); empty
// when the node is not a plain string (an f-string or template with substitutions included).
std::string stringValue(const SourceFile& file, TSNode n, bool* plain = nullptr);

// The outermost function each byte of a file is in, computed once with one walk of the tree
// (climbing with ts_node_parent from every node of interest costs a walk from the root each).
class FunctionSpans {
 public:
  // `name(node, parent)`: the name of a function-like node, or nullopt when `node` is not one;
  // `prefix(node)`: for a class-like node, the text to put before the names of the functions
  // it contains ("Orders."), or nullopt.
  FunctionSpans(TSNode root,
                const std::function<std::optional<std::string>(TSNode, TSNode)>& name,
                const std::function<std::optional<std::string>(TSNode)>& prefix);
  // The outermost function containing `n`, or "" at module scope.
  const std::string& at(TSNode n) const;

 private:
  struct Span {
    uint32_t begin, end;
    std::string name;
  };
  std::vector<Span> spans_;  // in file order, not overlapping
};

// A variable known to hold a client or connection: what it is and for which service.
struct ClientVar {
  model::ClientCreation::Kind kind;
  std::string service;
};

// Records `name = "literal"` (for the secret rules) when `value` is a plain, non-empty string.
void addNamedLiteral(model::CodeSummary& out, const SourceFile& file, const FunctionSpans& spans,
                     const std::string& name, TSNode value);

// Collapses whitespace and cuts long call texts for messages.
std::string shortText(std::string_view s, size_t max = 60);

}  // namespace lambdalint::analyzers

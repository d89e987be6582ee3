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

// The text of query `name` ("python/facts"), embedded at build time from
// src/analyzers/<language>/queries/<name>.scm.
std::string_view embeddedQuery(std::string_view name);

struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};
using TreePtr = std::unique_ptr<TSTree, TreeDeleter>;

// Parses `text` with `language`; never null for a valid language.
TreePtr parse(const TSLanguage* language, std::string_view text);

// A compiled query, built once per language and query name (thread-safe static init by the
// caller). Throws std::logic_error when the embedded query does not compile: a build defect.
class Query {
 public:
  Query(const TSLanguage* language, std::string_view name);
  ~Query();
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  struct Capture {
    std::string_view name;
    TSNode node;
  };
  // Calls `f` for every match under `root`, with its captures. Predicates (#eq?, #match?) are
  // not evaluated by the C library: callers check the text themselves.
  void forEachMatch(TSNode root, const std::function<void(const std::vector<Capture>&)>& f) const;

 private:
  TSQuery* query_ = nullptr;
};

std::string_view text(const SourceFile& file, TSNode n);
Location location(const SourceFile& file, TSNode n);
SourceRange range(TSNode n);
std::string_view type(TSNode n);
TSNode field(TSNode n, const char* name);
// Named children, safe on a null node (the C API is not: error recovery leaves fields empty).
inline uint32_t namedCount(TSNode n) { return ts_node_is_null(n) ? 0 : ts_node_named_child_count(n); }
// The first capture named `name`, or a null node.
TSNode capture(const std::vector<Query::Capture>& captures, std::string_view name);

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

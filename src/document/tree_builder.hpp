#pragma once
// Turns a YAML event stream into the positioned document model, whichever library produced
// the events (src/document/yaml_parser.cpp says which and why). Keeps positions for every key
// and value, shares aliased nodes instead of copying them, applies merge keys, turns
// CloudFormation short-form tags into their long form, and notices duplicate keys.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lambdalint/document/parse.hpp"

namespace lambdalint::doc {

// Raised to stop reading; carries our own message and position.
struct StopReading {
  Position where;
  std::string message;
};

struct ScalarEvent {
  SourceRange range;       // the value as written (quotes and block header included)
  std::string_view text;   // the value
  bool quoted = false;     // written in quotes or as a block: never a number, bool or null
  std::string_view tag;    // as resolved by the parser ("!Ref", "tag:yaml.org,2002:str")
  SourceRange tagRange;
  std::string_view anchor;
};

class TreeBuilder {
 public:
  TreeBuilder(Document& doc, const ParseLimits& limits) : doc_(doc), limits_(limits) {}

  void scalar(const ScalarEvent& e);
  void null(SourceRange range, std::string_view anchor);
  void alias(std::string_view anchor, Position where);
  void open(NodeKind kind, Position where, std::string_view tag, SourceRange tagRange,
            std::string_view anchor);
  void close();

 private:
  struct Frame {
    Node* node;
    const Node* attach;  // what the parent receives: the node or its intrinsic wrapper
    std::string anchor;
    size_t weight = 1;
    size_t firstChild = 0;  // where the node's children start in children_
  };
  struct Anchored {
    const Node* node;
    size_t weight;
  };

  const Node* applyTag(Node* n, std::string_view tag, SourceRange tagRange);
  Node* splitGetAtt(Node* scalar);
  void count(size_t weight, Position where);
  void attach(const Node* n, std::string_view anchor, size_t weight);
  const Node* keyNode(const Node* n);
  void reportDuplicateKeys(const Node& map);
  void applyMergeKeys(Node& map);

  Document& doc_;
  const ParseLimits& limits_;
  std::vector<Frame> stack_;
  // The children of the open nodes, a mapping's as key, value, key...: a node gets its own
  // list, at its exact size, when it closes (growing each list as children came was a
  // third of the builder's allocations).
  std::vector<const Node*> children_;
  std::unordered_map<std::string, Anchored> anchors_;
  size_t expanded_ = 0;
  size_t events_ = 0;
};

}  // namespace lambdalint::doc

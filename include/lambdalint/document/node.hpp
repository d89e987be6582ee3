#pragma once
// The positioned document model: what YAML and JSON files become. Knows nothing of AWS.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/document/source.hpp"

namespace lambdalint::doc {

enum class NodeKind : uint8_t { Null, Scalar, Mapping, Sequence };

class Node;

struct Entry {
  const Node* key;    // always a scalar (complex keys are rejected by the parser)
  const Node* value;  // never null: an empty value is a Null node
};

class Node {
 public:
  NodeKind kind = NodeKind::Null;
  bool quoted = false;   // a scalar written in quotes: never a number, bool or null
  const SourceFile* file = nullptr;
  SourceRange range;
  std::string text;      // scalar value
  std::string tag;       // explicit tag kept when not normalised (e.g. "!!str"); empty otherwise
  std::vector<Entry> entries;        // Mapping, in source order
  std::vector<const Node*> items;    // Sequence

  bool isNull() const { return kind == NodeKind::Null; }
  bool isScalar() const { return kind == NodeKind::Scalar; }
  bool isMap() const { return kind == NodeKind::Mapping; }
  bool isSeq() const { return kind == NodeKind::Sequence; }

  // Mapping lookup by key (exact match); nullptr when absent or not a mapping.
  const Node* get(std::string_view key) const;
  const Entry* findEntry(std::string_view key) const;
  // Scalar interpretations following YAML 1.1 core as CloudFormation reads them.
  std::optional<long long> asInt() const;
  std::optional<bool> asBool() const;
  // A scalar's text, or nullopt for other kinds.
  std::optional<std::string_view> asString() const;
  // A mapping with exactly one key: the intrinsic-function shape ("Ref", "Fn::Sub"...).
  const Entry* singleEntry() const;

  Location location() const { return Location{file, range}; }
};

// Problems found while reading a file, reported by the engine under input rules.
struct ParseIssue {
  std::string ruleId;  // "INP001" unreadable, "INP002" duplicate key, "INP003" unknown tag
  SourceRange range;
  std::string message;
  std::optional<SourceRange> related;  // e.g. the first occurrence of a duplicate key
  std::string relatedMessage;
  // A safe edit that fixes the problem: `replacement` replaces the text at `range`.
  std::optional<std::string> replacement;
  std::string fixDescription;
};

class Document {
 public:
  explicit Document(std::shared_ptr<const SourceFile> file) : file_(std::move(file)) {}
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const SourceFile& file() const { return *file_; }
  std::shared_ptr<const SourceFile> fileHandle() const { return file_; }
  // First document of the stream, or nullptr when the file could not be read.
  const Node* root() const { return roots_.empty() ? nullptr : roots_.front(); }
  const std::vector<const Node*>& roots() const { return roots_; }
  const std::vector<ParseIssue>& issues() const { return issues_; }
  bool failed() const { return failed_; }

  // Building (used by parsers and by frontends that synthesise merged nodes).
  Node* newNode(NodeKind kind, SourceRange range);
  void addRoot(const Node* n) { roots_.push_back(n); }
  // Records a problem; its range is kept inside the file (a reader's own line count may
  // differ from the file's: YAML also breaks lines at a lone CR).
  void addIssue(ParseIssue issue);
  void markFailed() { failed_ = true; }

 private:
  std::shared_ptr<const SourceFile> file_;
  // Nodes in blocks growing from 32 to 1024 (a deque's blocks hold only three nodes), each
  // filled only up to the capacity it was given: never moved, so pointers to them stay valid.
  std::vector<std::vector<Node>> blocks_;
  std::vector<const Node*> roots_;
  std::vector<ParseIssue> issues_;
  bool failed_ = false;
};

}  // namespace lambdalint::doc

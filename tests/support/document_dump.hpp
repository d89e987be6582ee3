#pragma once
// A Document written out in full (kinds, positions, texts, tags, issues), so that two readers'
// documents can be compared as strings. Shared nodes (aliases) are written once, then named.
#include <string>
#include <unordered_map>

#include "lambdalint/document/node.hpp"

namespace lambdalint::test_support {

inline std::string dumpPosition(Position p) {
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

inline std::string dumpRange(const SourceRange& r) {
  return dumpPosition(r.begin) + "-" + dumpPosition(r.end);
}

class DocumentDump {
 public:
  std::string operator()(const doc::Document& d) {
    for (const doc::Node* root : d.roots()) node(root, 0);
    for (const doc::ParseIssue& i : d.issues()) {
      out_ += "issue " + i.ruleId + " " + dumpRange(i.range) + " " + i.message;
      if (i.related) out_ += " related " + dumpRange(*i.related) + " " + i.relatedMessage;
      out_ += "\n";
    }
    if (d.failed()) out_ += "failed\n";
    return out_;
  }

 private:
  void node(const doc::Node* n, int depth) {
    out_.append(static_cast<size_t>(depth) * 2, ' ');
    auto [it, first] = seen_.emplace(n, seen_.size());
    if (!first) {
      out_ += "@" + std::to_string(it->second) + "\n";
      return;
    }
    static const char* kinds[] = {"null", "scalar", "map", "seq"};
    out_ += kinds[static_cast<int>(n->kind)];
    out_ += " " + dumpRange(n->range);
    if (n->quoted) out_ += " quoted";
    if (!n->tag.empty()) out_ += " tag=" + n->tag;
    if (n->isScalar()) {
      out_ += " \"";
      for (char c : n->text) {
        if (c == '\n') out_ += "\\n";
        else if (c == '\\') out_ += "\\\\";
        else if (c == '"') out_ += "\\\"";
        else out_ += c;
      }
      out_ += "\"";
    }
    out_ += "\n";
    for (const doc::Entry& e : n->entries) {
      node(e.key, depth + 1);
      node(e.value, depth + 2);
    }
    for (const doc::Node* item : n->items) node(item, depth + 1);
  }

  std::string out_;
  std::unordered_map<const doc::Node*, size_t> seen_;
};

inline std::string dumpDocument(const doc::Document& d) { return DocumentDump()(d); }

}  // namespace lambdalint::test_support

// Builds the positioned document model from yaml-cpp's event stream. Building our own tree
// from events (instead of YAML::Node) lets us keep positions for every key and value, share
// aliased nodes instead of copying them, and notice duplicate keys, which yaml-cpp accepts.
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "document/input_checks.hpp"
#include "document/scalar_range.hpp"
#include "document/short_form_tags.hpp"
#include "lambdalint/document/parse.hpp"
#include "lambdalint/support/deadline.hpp"

namespace lambdalint::doc {
namespace {

// Raised by the builder to stop reading; carries our own message and position.
struct StopReading {
  Position where;
  std::string message;
};

class TreeBuilder final : public YAML::EventHandler {
 public:
  TreeBuilder(Document& doc, const ParseLimits& limits)
      : doc_(doc), file_(doc.file()), limits_(limits) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node* n = doc_.newNode(NodeKind::Null, rangeAt(mark));
    add(n, anchor, 1);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) throw StopReading{at(mark), "alias refers to an unknown anchor"};
    // The aliased node is shared, not copied; its expanded size still counts against the
    // limit so that a billion-laughs file is stopped, not walked.
    add(it->second.node, 0, it->second.weight, /*isAlias=*/true, at(mark));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    Node* n = doc_.newNode(NodeKind::Scalar, scalarRange(file_, at(mark), value));
    n->text = value;
    n->quoted = tag == "!";
    const Node* attached = applyTag(n, tag, mark);
    add(attached, anchor, 1);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(NodeKind::Sequence, mark, tag, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(NodeKind::Mapping, mark, tag, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    Node* node;
    const Node* attach;  // what the parent receives: the node or its intrinsic wrapper
    YAML::anchor_t anchor;
    size_t weight = 1;
    const Node* pendingKey = nullptr;
  };
  struct Anchored {
    const Node* node;
    size_t weight;
  };

  Position at(const YAML::Mark& m) const {
    return Position{static_cast<uint32_t>(m.line + 1), static_cast<uint32_t>(m.column + 1)};
  }
  SourceRange rangeAt(const YAML::Mark& m) const {
    Position p = at(m);
    return SourceRange{p, p};
  }

  const Node* applyTag(Node* n, const std::string& tag, const YAML::Mark& mark) {
    if (tag.empty() || tag == "?" || tag == "!") return n;
    if (tag.rfind("tag:yaml.org,2002:", 0) == 0) {
      n->tag = "!!" + tag.substr(18);
      return n;
    }
    const char* longName = intrinsicForTag(tag);
    if (!longName) {
      n->tag = tag;
      ParseIssue issue{"INP003", rangeAt(mark),
                       "unknown tag '" + tag + "': not a CloudFormation intrinsic function",
                       std::nullopt, {}, std::nullopt, {}};
      issue.range.end.column += static_cast<uint32_t>(tag.size());
      if (std::string guess = closestIntrinsicTag(tag); !guess.empty()) {
        issue.message += "; did you mean '" + guess + "'?";
        issue.replacement = guess;
        issue.fixDescription = "Replace '" + tag + "' with '" + guess + "'";
      }
      doc_.addIssue(std::move(issue));
      return n;
    }
    Node* value = n;
    if (tag == "!GetAtt" && n->isScalar()) value = splitGetAtt(n);
    Node* key = doc_.newNode(NodeKind::Scalar, rangeAt(mark));
    key->text = longName;
    key->range.end = Position{key->range.begin.line,
                              static_cast<uint32_t>(key->range.begin.column + tag.size())};
    Node* wrapper = doc_.newNode(NodeKind::Mapping, rangeAt(mark));
    if (n->isScalar()) wrapper->range.end = n->range.end;  // `!Ref X` spans tag and value
    wrapper->entries.push_back(Entry{key, value});
    return wrapper;
  }

  // `!GetAtt Resource.Attribute.Part` means ["Resource", "Attribute.Part"].
  Node* splitGetAtt(Node* scalar) {
    Node* seq = doc_.newNode(NodeKind::Sequence, scalar->range);
    size_t dot = scalar->text.find('.');
    Node* res = doc_.newNode(NodeKind::Scalar, scalar->range);
    res->text = scalar->text.substr(0, dot);
    seq->items.push_back(res);
    if (dot != std::string::npos) {
      Node* attr = doc_.newNode(NodeKind::Scalar, scalar->range);
      attr->text = scalar->text.substr(dot + 1);
      attr->range.begin.column += static_cast<uint32_t>(dot + 1);
      seq->items.push_back(attr);
    }
    return seq;
  }

  void open(NodeKind kind, const YAML::Mark& mark, const std::string& tag,
            YAML::anchor_t anchor) {
    if (stack_.size() >= limits_.maxDepth)
      throw StopReading{at(mark), "nesting deeper than " + std::to_string(limits_.maxDepth) +
                                      " levels"};
    Node* n = doc_.newNode(kind, rangeAt(mark));
    const Node* attach = applyTag(n, tag, mark);
    stack_.push_back(Frame{n, attach, anchor});
    count(1, mark);
  }

  void close() {
    Frame f = stack_.back();
    stack_.pop_back();
    if (f.node->isMap()) finishMapping(*f.node);
    attach(f.attach, f.anchor, f.weight);
  }

  void add(const Node* n, YAML::anchor_t anchor, size_t weight, bool isAlias = false,
           Position aliasAt = {}) {
    if (isAlias) count(weight, aliasAt);
    else count(1, Position{n->range.begin});
    attach(n, anchor, weight);
  }

  void count(size_t weight, const YAML::Mark& mark) { count(weight, at(mark)); }
  void count(size_t weight, Position where) {
    // Every event comes from at least one character of the file, except implicit nulls; far
    // more events than characters means yaml-cpp 0.7 is looping (found by fuzzing: the
    // 3 bytes ",\x16." yield nulls until the node limit, seconds and a gigabyte later).
    if (++events_ > 8 * file_.content().size() + 1024)
      throw StopReading{where, "the YAML parser is not making progress on this input; not "
                               "analysed"};
    // The file's time limit (--file-timeout), looked at every 4096 events to stay cheap.
    if ((events_ & 4095) == 0 && deadline::expired())
      throw StopReading{where, "stopped: the file's time limit was reached"};
    expanded_ += weight;
    if (expanded_ > limits_.maxNodes)
      throw StopReading{where, "the document expands to more than " +
                                   std::to_string(limits_.maxNodes) +
                                   " nodes (YAML aliases used as an expansion bomb?)"};
  }

  void attach(const Node* n, YAML::anchor_t anchor, size_t weight) {
    if (anchor) anchors_[anchor] = Anchored{n, weight};
    if (stack_.empty()) {
      doc_.addRoot(n);
      return;
    }
    Frame& parent = stack_.back();
    parent.weight += weight;
    if (parent.node->isSeq()) {
      parent.node->items.push_back(n);
    } else if (!parent.pendingKey) {
      parent.pendingKey = keyNode(n);
    } else {
      parent.node->entries.push_back(Entry{parent.pendingKey, n});
      parent.pendingKey = nullptr;
    }
  }

  // Keys are scalars in CloudFormation; a null key (`: x`) becomes an empty one.
  const Node* keyNode(const Node* n) {
    if (n->isScalar()) return n;
    if (!n->isNull())
      throw StopReading{n->range.begin, "a mapping or sequence used as a mapping key"};
    Node* k = doc_.newNode(NodeKind::Scalar, n->range);
    return k;
  }

  void finishMapping(Node& map) {
    reportDuplicateKeys(map);
    applyMergeKeys(map);
  }

  void reportDuplicateKeys(const Node& map) {
    std::unordered_map<std::string_view, const Node*> seen;
    seen.reserve(map.entries.size());
    for (const Entry& e : map.entries) {
      if (e.key->text == "<<" && !e.key->quoted) continue;
      auto [it, inserted] = seen.emplace(e.key->text, e.key);
      if (inserted) continue;
      doc_.addIssue(ParseIssue{
          "INP002", e.key->range,
          "duplicate key '" + e.key->text + "' (first defined on line " +
              std::to_string(it->second->range.begin.line) +
              "); CloudFormation rejects the template and most tools keep only one of them",
          it->second->range, "first definition of '" + e.key->text + "'", std::nullopt, {}});
    }
  }

  // YAML merge keys (`<<: *base`): explicit keys win, then earlier merge sources.
  void applyMergeKeys(Node& map) {
    bool hasMerge = false;
    for (const Entry& e : map.entries) hasMerge |= (e.key->text == "<<" && !e.key->quoted);
    if (!hasMerge) return;
    std::vector<Entry> own, merged;
    std::vector<const Node*> sources;
    for (const Entry& e : map.entries) {
      if (!(e.key->text == "<<" && !e.key->quoted)) {
        own.push_back(e);
        continue;
      }
      if (e.value->isMap()) sources.push_back(e.value);
      else if (e.value->isSeq())
        for (const Node* item : e.value->items)
          if (item->isMap()) sources.push_back(item);
    }
    std::unordered_set<std::string_view> present;
    for (const Entry& e : own) present.insert(e.key->text);
    for (const Node* src : sources)
      for (const Entry& e : src->entries)
        if (present.insert(e.key->text).second) merged.push_back(e);
    own.insert(own.end(), merged.begin(), merged.end());
    map.entries = std::move(own);
  }

  Document& doc_;
  const SourceFile& file_;
  const ParseLimits& limits_;
  std::vector<Frame> stack_;
  std::unordered_map<YAML::anchor_t, Anchored> anchors_;
  size_t expanded_ = 0;
  size_t events_ = 0;
};

// yaml-cpp reports a tab in indentation as "illegal map value" or similar: say what it is.
std::string explainParserError(const SourceFile& file, const std::string& msg, Position at) {
  for (uint32_t line = at.line; line >= 1 && line + 3 > at.line; --line) {
    std::string_view text = file.line(line);
    size_t indentEnd = text.find_first_not_of(" \t");
    if (text.substr(0, indentEnd).find('\t') != std::string_view::npos)
      return msg + " (line " + std::to_string(line) +
             " is indented with a tab character; YAML allows only spaces)";
  }
  return msg;
}

void fail(Document& doc, Position where, std::string message) {
  doc.markFailed();
  doc.addIssue(ParseIssue{"INP001", SourceRange{where, where}, std::move(message), std::nullopt,
                          {}, std::nullopt, {}});
}

}  // namespace

std::unique_ptr<Document> parseDocument(std::shared_ptr<const SourceFile> file,
                                        const ParseLimits& limits) {
  auto doc = std::make_unique<Document>(std::move(file));
  const SourceFile& src = doc->file();
  if (auto problem = checkReadableText(src)) {
    fail(*doc, problem->where, problem->message);
    return doc;
  }
  if (auto problem = checkStrictJson(src)) {
    fail(*doc, problem->where, problem->message);
    return doc;
  }
  try {
    std::istringstream in(src.content());
    YAML::Parser parser(in);
    TreeBuilder builder(*doc, limits);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const StopReading& stop) {
    fail(*doc, stop.where, stop.message);
  } catch (const YAML::DeepRecursion& e) {
    fail(*doc, Position{static_cast<uint32_t>(e.mark.line + 1), static_cast<uint32_t>(e.mark.column + 1)},
         "nesting too deep: more than " + std::to_string(limits.maxDepth) + " levels");
  } catch (const YAML::Exception& e) {
    Position where{static_cast<uint32_t>(e.mark.line + 1), static_cast<uint32_t>(e.mark.column + 1)};
    if (e.mark.is_null()) where = Position{1, 1};
    std::string msg = e.msg.empty() ? "invalid YAML" : e.msg;
    fail(*doc, where, "invalid YAML/JSON: " + explainParserError(src, msg, where));
  } catch (const std::exception& e) {
    fail(*doc, Position{1, 1}, std::string("could not read the file: ") + e.what());
  }
  return doc;
}

}  // namespace lambdalint::doc

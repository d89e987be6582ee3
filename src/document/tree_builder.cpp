#include "document/tree_builder.hpp"

#include <unordered_set>

#include "document/short_form_tags.hpp"
#include "lambdalint/support/deadline.hpp"

namespace lambdalint::doc {
namespace {

bool isMergeKey(const Entry& e) { return e.key->text == "<<" && !e.key->quoted; }

}  // namespace

void TreeBuilder::scalar(const ScalarEvent& e) {
  Node* n = doc_.newNode(NodeKind::Scalar, e.range);
  n->text = e.text;
  n->quoted = e.quoted;
  count(1, e.range.begin);
  attach(applyTag(n, e.tag, e.tagRange), e.anchor, 1);
}

void TreeBuilder::null(SourceRange range, std::string_view anchor) {
  Node* n = doc_.newNode(NodeKind::Null, range);
  count(1, range.begin);
  attach(n, anchor, 1);
}

void TreeBuilder::alias(std::string_view anchor, Position where) {
  auto it = anchors_.find(std::string(anchor));
  if (it == anchors_.end()) throw StopReading{where, "alias refers to an unknown anchor"};
  // The aliased node is shared, not copied; its expanded size still counts against the
  // limit so that a billion-laughs file is stopped, not walked.
  count(it->second.weight, where);
  attach(it->second.node, {}, it->second.weight);
}

void TreeBuilder::open(NodeKind kind, Position where, std::string_view tag, SourceRange tagRange,
                       std::string_view anchor) {
  if (stack_.size() >= limits_.maxDepth)
    throw StopReading{where, "nesting too deep: more than " + std::to_string(limits_.maxDepth) +
                                 " levels"};
  Node* n = doc_.newNode(kind, SourceRange{where, where});
  const Node* attached = applyTag(n, tag, tagRange);
  stack_.push_back(Frame{n, attached, std::string(anchor), 1, children_.size()});
  count(1, where);
}

void TreeBuilder::close() {
  if (stack_.empty()) return;
  Frame f = std::move(stack_.back());
  stack_.pop_back();
  auto first = children_.begin() + static_cast<std::ptrdiff_t>(f.firstChild);
  if (f.node->isSeq()) {
    f.node->items.assign(first, children_.end());
  } else if (f.node->isMap()) {
    size_t pairs = (children_.size() - f.firstChild) / 2;  // a key without a value: dropped
    f.node->entries.reserve(pairs);
    for (size_t i = 0; i < pairs; ++i) f.node->entries.push_back(Entry{first[2 * i], first[2 * i + 1]});
    reportDuplicateKeys(*f.node);
    applyMergeKeys(*f.node);
  }
  children_.resize(f.firstChild);
  attach(f.attach, f.anchor, f.weight);
}

const Node* TreeBuilder::applyTag(Node* n, std::string_view tag, SourceRange tagRange) {
  if (tag.empty() || tag == "?" || tag == "!") return n;
  constexpr std::string_view kCore = "tag:yaml.org,2002:";
  if (tag.substr(0, kCore.size()) == kCore) {
    n->tag = "!!" + std::string(tag.substr(kCore.size()));
    return n;
  }
  std::string tagText(tag);
  const char* longName = intrinsicForTag(tagText);
  if (!longName) {
    n->tag = tagText;
    ParseIssue issue{"INP003", tagRange,
                     "unknown tag '" + tagText + "': not a CloudFormation intrinsic function",
                     std::nullopt, {}, std::nullopt, {}};
    if (std::string guess = closestIntrinsicTag(tagText); !guess.empty()) {
      issue.message += "; did you mean '" + guess + "'?";
      issue.replacement = guess;
      issue.fixDescription = "Replace '" + tagText + "' with '" + guess + "'";
    }
    doc_.addIssue(std::move(issue));
    return n;
  }
  Node* value = n;
  if (tag == "!GetAtt" && n->isScalar()) value = splitGetAtt(n);
  Node* key = doc_.newNode(NodeKind::Scalar, tagRange);
  key->text = longName;
  Node* wrapper = doc_.newNode(NodeKind::Mapping, SourceRange{tagRange.begin, tagRange.begin});
  if (n->isScalar()) wrapper->range.end = n->range.end;  // `!Ref X` spans tag and value
  wrapper->entries.push_back(Entry{key, value});
  return wrapper;
}

// `!GetAtt Resource.Attribute.Part` means ["Resource", "Attribute.Part"].
Node* TreeBuilder::splitGetAtt(Node* scalar) {
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

void TreeBuilder::count(size_t weight, Position where) {
  // Every event comes from at least one character of the file, except implicit nulls; far
  // more events than characters means the parser is not making progress (found by fuzzing
  // yaml-cpp 0.7: the 3 bytes ",\x16." yield nulls until the node limit).
  if (++events_ > 8 * doc_.file().content().size() + 1024)
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

void TreeBuilder::attach(const Node* n, std::string_view anchor, size_t weight) {
  if (!anchor.empty()) anchors_[std::string(anchor)] = Anchored{n, weight};
  if (stack_.empty()) {
    doc_.addRoot(n);
    return;
  }
  Frame& parent = stack_.back();
  parent.weight += weight;
  bool isKey = parent.node->isMap() && (children_.size() - parent.firstChild) % 2 == 0;
  children_.push_back(isKey ? keyNode(n) : n);
}

// Keys are scalars in CloudFormation; a null key (`: x`) becomes an empty one.
const Node* TreeBuilder::keyNode(const Node* n) {
  if (n->isScalar()) return n;
  if (!n->isNull())
    throw StopReading{n->range.begin, "a mapping or sequence used as a mapping key"};
  return doc_.newNode(NodeKind::Scalar, n->range);
}

void TreeBuilder::reportDuplicateKeys(const Node& map) {
  const std::vector<Entry>& entries = map.entries;
  if (entries.size() < 2) return;
  auto report = [&](const Node* key, const Node* first) {
    doc_.addIssue(ParseIssue{
        "INP002", key->range,
        "duplicate key '" + key->text + "' (first defined on line " +
            std::to_string(first->range.begin.line) +
            "); CloudFormation rejects the template and most tools keep only one of them",
        first->range, "first definition of '" + key->text + "'", std::nullopt, {}});
  };
  // Most mappings are small: comparing each key with the earlier ones costs less than a
  // hash table's allocations.
  if (entries.size() <= 16) {
    for (size_t i = 1; i < entries.size(); ++i) {
      if (isMergeKey(entries[i])) continue;
      for (size_t j = 0; j < i; ++j)
        if (!isMergeKey(entries[j]) && entries[j].key->text == entries[i].key->text) {
          report(entries[i].key, entries[j].key);
          break;
        }
    }
    return;
  }
  std::unordered_map<std::string_view, const Node*> seen;
  seen.reserve(entries.size());
  for (const Entry& e : entries) {
    if (isMergeKey(e)) continue;
    auto [it, inserted] = seen.emplace(e.key->text, e.key);
    if (!inserted) report(e.key, it->second);
  }
}

// YAML merge keys (`<<: *base`): explicit keys win, then earlier merge sources.
void TreeBuilder::applyMergeKeys(Node& map) {
  bool hasMerge = false;
  for (const Entry& e : map.entries) hasMerge |= isMergeKey(e);
  if (!hasMerge) return;
  std::vector<Entry> own, merged;
  std::vector<const Node*> sources;
  for (const Entry& e : map.entries) {
    if (!isMergeKey(e)) {
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

}  // namespace lambdalint::doc

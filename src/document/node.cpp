#include "lambdalint/document/node.hpp"

#include <algorithm>
#include <charconv>

namespace lambdalint::doc {

void Document::addIssue(ParseIssue issue) {
  const SourceFile& f = file();
  auto inside = [&](Position& p) {
    p.line = std::clamp<uint32_t>(p.line, 1, static_cast<uint32_t>(std::max<size_t>(f.lineCount(), 1)));
    p.column = std::clamp<uint32_t>(p.column, 1, static_cast<uint32_t>(f.line(p.line).size() + 1));
  };
  inside(issue.range.begin);
  inside(issue.range.end);
  issues_.push_back(std::move(issue));
}

const Entry* Node::findEntry(std::string_view key) const {
  if (kind != NodeKind::Mapping) return nullptr;
  for (const Entry& e : entries)
    if (e.key->text == key) return &e;
  return nullptr;
}

const Node* Node::get(std::string_view key) const {
  const Entry* e = findEntry(key);
  return e ? e->value : nullptr;
}

std::optional<std::string_view> Node::asString() const {
  if (kind != NodeKind::Scalar) return std::nullopt;
  return std::string_view(text);
}

std::optional<long long> Node::asInt() const {
  if (kind != NodeKind::Scalar || text.empty()) return std::nullopt;
  // CloudFormation accepts numbers written as strings ("30"), so quoting does not matter here.
  std::string_view s = text;
  long long v = 0;
  auto [p, ec] = std::from_chars(s.data() + (s[0] == '+' ? 1 : 0), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<bool> Node::asBool() const {
  if (kind != NodeKind::Scalar) return std::nullopt;
  if (text == "true" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "False" || text == "FALSE") return false;
  return std::nullopt;
}

const Entry* Node::singleEntry() const {
  if (kind != NodeKind::Mapping || entries.size() != 1) return nullptr;
  return &entries.front();
}

Node* Document::newNode(NodeKind kind, SourceRange range) {
  if (blocks_.empty() || blocks_.back().size() == blocks_.back().capacity()) {
    size_t size = size_t{32} << std::min<size_t>(blocks_.size(), 5);
    blocks_.emplace_back().reserve(size);
  }
  Node& n = blocks_.back().emplace_back();
  n.kind = kind;
  n.file = file_.get();
  n.range = range;
  return &n;
}

}  // namespace lambdalint::doc

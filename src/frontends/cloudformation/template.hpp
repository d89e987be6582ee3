#pragma once
// A read-only view of a CloudFormation template: parameters, resources, and the resolution of
// intrinsic functions to model values (a literal, a parameter, a resource, or "unknown").
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lambdalint/document/node.hpp"
#include "lambdalint/model/value.hpp"

namespace lambdalint::frontends::cloudformation {

using doc::Node;

struct Parameter {
  std::string name;
  const Node* key = nullptr;
  const Node* defaultValue = nullptr;
  bool noEcho = false;
  std::string type;
};

struct Resource {
  std::string id;
  std::string type;
  const Node* key = nullptr;         // the logical id as written
  const Node* body = nullptr;        // the resource mapping
  const Node* properties = nullptr;  // may be null
  const Node* metadata = nullptr;    // may be null
  const Node* condition = nullptr;   // the Condition name guarding the resource, or null
};

class Template {
 public:
  explicit Template(const Node& root);

  const Node& root() const { return root_; }
  bool isSam() const { return sam_; }
  const std::vector<Resource>& resources() const { return resources_; }
  const Resource* resource(std::string_view id) const;
  const Parameter* parameter(std::string_view name) const;
  const Node* conditions() const { return root_.get("Conditions"); }
  const Node* mappings() const { return root_.get("Mappings"); }
  const Node* outputs() const { return root_.get("Outputs"); }
  // The Globals section for "Function", "Api", ... (SAM), or nullptr.
  const Node* globals(std::string_view section) const;

  // Resolves a value as written to what rules reason about. Never guesses.
  model::Value value(const Node* n) const;
  // The resource a value points at (Ref, GetAtt, or a Sub of "${Id}"/"${Id.Attr}" alone).
  const Resource* referencedResource(const Node* n) const;
  // Every resource a value mentions: Ref, GetAtt, and each ${Id} / ${Id.Attr} of a Sub.
  std::vector<const Resource*> mentionedResources(const Node* n) const;

 private:
  model::Value value(const Node* n, int ifDepth) const;
  model::Value ref(const std::string& name, const Node* at) const;
  model::Value sub(const Node* arg, const Node* at, int depth) const;
  model::Value join(const Node* arg, const Node* at, int depth) const;
  model::Value findInMap(const Node* arg, const Node* at, int depth) const;
  model::Value select(const Node* arg, const Node* at, int depth) const;
  void ifBranches(const Node* args, model::Value& v, int depth = 0) const;
  static constexpr int kMaxIfDepth = 4;  // 2^4 leaves at most: nesting deeper is rare

  const Node& root_;
  bool sam_ = false;
  std::vector<Resource> resources_;
  // Keyed by the logical ids' text in the document, which outlives the template: lookups by
  // string_view build no std::string.
  std::unordered_map<std::string_view, size_t> resourceIndex_;
  std::unordered_map<std::string_view, Parameter> parameters_;
};

// Helpers for reading the document.
std::string_view scalarText(const Node* n);  // "" when not a scalar
// Applies `fn` to each item of a list, or to the node itself when it is not a list.
template <class Fn>
void forEachItem(const Node* n, Fn&& fn) {
  if (!n || n->isNull()) return;
  if (n->isSeq())
    for (const Node* item : n->items) fn(item);
  else
    fn(n);
}
// True for {"Ref": ...} and {"Fn::...": ...}.
bool isIntrinsic(const Node* n);
// True for {"Ref": "AWS::NoValue"}: the property or list item is removed.
bool isNoValue(const Node* n);
// Applies `fn` to each branch of an Fn::If (nested ones included), skipping branches that
// are AWS::NoValue, or to the node itself when it is not an Fn::If: what any deployment may
// get, for parts of the model that hold the union of the possibilities (policies).
template <class Fn>
void forEachBranch(const Node* n, Fn&& fn) {
  if (!n || n->isNull() || isNoValue(n)) return;
  const doc::Entry* e = n->singleEntry();
  if (e && e->key->text == "Fn::If" && e->value->isSeq() && e->value->items.size() == 3) {
    forEachBranch(e->value->items[1], fn);
    forEachBranch(e->value->items[2], fn);
    return;
  }
  fn(n);
}
// forEachItem over every branch, and over every branch of each item.
template <class Fn>
void forEachListed(const Node* n, Fn&& fn) {
  forEachBranch(n, [&](const Node* list) {
    forEachItem(list, [&](const Node* item) { forEachBranch(item, fn); });
  });
}

}  // namespace lambdalint::frontends::cloudformation

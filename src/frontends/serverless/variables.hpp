#pragma once
// `${...}` variables of a service definition. What the file itself tells is resolved
// (`${self:...}`, `${sls:stage}`, literal fallbacks such as `${opt:stage, 'dev'}`); parameter
// store and secrets references (`${ssm:...}`, `${aws:...}`) are Dynamic; anything else
// (`${env:...}`, `${file(...)}`, `${cf:...}`...) is Unknown. CloudFormation intrinsics
// (`!GetAtt Role.Arn`) are resolved against `resources`.
#include <string>
#include <string_view>
#include <vector>

#include "frontends/cloudformation/template.hpp"
#include "lambdalint/document/node.hpp"
#include "lambdalint/model/value.hpp"

namespace lambdalint::frontends::serverless {

using doc::Node;

class Variables {
 public:
  Variables(const Node& root, const cloudformation::Template& resources)
      : root_(root), tpl_(resources) {}

  // A value written as one variable naming another part of the file
  // (`vpc: ${self:custom.vpc}`) is that part; anything else is itself.
  const Node* node(const Node* n) const { return node(n, 0); }
  // node(map[key]); nullptr when `map` is not a mapping or has no `key`.
  const Node* get(const Node* map, std::string_view key) const;
  // A path of keys, each step through node().
  const Node* path(const Node* n, std::initializer_list<std::string_view> keys) const;
  // The entry of `key` in `map` (its key keeps the position), or nullptr.
  const doc::Entry* entry(const Node* map, std::string_view key) const;

  // What rules see; `where` is where the value (or the variable) is written.
  model::Value value(const Node* n) const;

  // Every variable substituted, when all of them resolve to text.
  struct Text {
    enum class Kind : uint8_t { Text, Node, Dynamic, Unresolved } kind = Kind::Unresolved;
    std::string text;
    const Node* node = nullptr;  // Kind::Node: a mapping or sequence
  };
  Text resolve(std::string_view s) const { return resolveString(s, 0); }

 private:
  const Node* node(const Node* n, int depth) const;
  const Node* self(std::string_view address, int depth) const;
  Text resolveString(std::string_view s, int depth) const;
  Text resolveVariable(std::string_view inner, int depth) const;
  Text resolveSource(std::string_view part, int depth) const;

  const Node& root_;
  const cloudformation::Template& tpl_;
  mutable std::vector<std::string> active_;  // `self:` addresses being resolved
  mutable size_t steps_ = 0;
};

}  // namespace lambdalint::frontends::serverless

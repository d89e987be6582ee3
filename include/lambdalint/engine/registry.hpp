#pragma once
// The rule catalog: every rule's metadata and check, in id order.
#include <memory>
#include <span>
#include <string_view>

#include "lambdalint/engine/rule.hpp"

namespace lambdalint {

struct RegisteredRule {
  const RuleMeta& meta;
  std::unique_ptr<Rule> (*make)();
};

std::span<const RegisteredRule> allRules();
// Every rule's metadata, including input rules reported by the parsers (INP...).
std::span<const RuleMeta* const> allMeta();
const RegisteredRule* findRule(std::string_view idOrName);
// Metadata of every rule id, including the input rules that parsers report (INP...).
const RuleMeta* findMeta(std::string_view idOrName);

}  // namespace lambdalint

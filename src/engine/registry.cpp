#include "lambdalint/engine/registry.hpp"

#include <unordered_map>

namespace lambdalint {

const RegisteredRule* findRule(std::string_view idOrName) {
  for (const RegisteredRule& r : allRules())
    if (r.meta.id == idOrName || r.meta.name == idOrName) return &r;
  return nullptr;
}

const RuleMeta* findMeta(std::string_view idOrName) {
  // Asked for every finding (configuration, reporters): a table, not a scan of every rule.
  // The first rule whose id or name matches wins, as in the scan.
  static const std::unordered_map<std::string_view, const RuleMeta*> byKey = [] {
    std::unordered_map<std::string_view, const RuleMeta*> map;
    for (const RuleMeta* m : allMeta()) {
      map.try_emplace(m->id, m);
      map.try_emplace(m->name, m);
    }
    return map;
  }();
  auto it = byKey.find(idOrName);
  return it == byKey.end() ? nullptr : it->second;
}

}  // namespace lambdalint

#include "lambdalint/engine/registry.hpp"

namespace lambdalint {

const RegisteredRule* findRule(std::string_view idOrName) {
  for (const RegisteredRule& r : allRules())
    if (r.meta.id == idOrName || r.meta.name == idOrName) return &r;
  return nullptr;
}

const RuleMeta* findMeta(std::string_view idOrName) {
  for (const RuleMeta* m : allMeta())
    if (m->id == idOrName || m->name == idOrName) return m;
  return nullptr;
}

}  // namespace lambdalint

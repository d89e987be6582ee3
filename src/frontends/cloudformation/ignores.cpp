// Resource Metadata suppressions:
//   Metadata:
//     lambdalint:
//       ignore:
//         - rule: SEC003
//           reason: rotated test key
// A plain id (`ignore: [SEC003]`) is accepted too. cfn-lint's `cfn-lint: config:
// ignore_checks` and cfn_nag's `rules_to_suppress` name those tools' own rules; no mapping
// to ours exists yet, so they are not read (docs/suppressions.md).
#include <algorithm>

#include "frontends/cloudformation/parts.hpp"

namespace lambdalint::frontends::cloudformation {
namespace {

// Where a node's text ends: the furthest end among it and everything inside it (a block
// mapping's own range does not always reach its last value).
Position furthestEnd(const Node* n) {
  Position end = n->range.end;
  for (const doc::Entry& e : n->entries) end = std::max({end, furthestEnd(e.key), furthestEnd(e.value)});
  for (const Node* item : n->items) end = std::max(end, furthestEnd(item));
  return end;
}

}  // namespace

void addIgnores(const Template& tpl, model::Project& project) {
  for (const Resource& r : tpl.resources()) {
    if (!r.metadata || !r.key || !r.body) continue;
    const Node* ours = r.metadata->get("lambdalint");
    if (!ours) continue;
    SourceRange scope{r.key->range.begin, furthestEnd(r.body)};
    forEachItem(ours->get("ignore"), [&](const Node* item) {
      model::IgnoreDirective d;
      d.scope = scope;
      const Node* rule = item->isMap() ? item->get("rule") : item;
      d.rule = std::string(scalarText(rule));
      d.where = (rule ? rule : item)->location();
      if (item->isMap()) d.reason = std::string(scalarText(item->get("reason")));
      project.ignores.push_back(std::move(d));
    });
  }
}

}  // namespace lambdalint::frontends::cloudformation

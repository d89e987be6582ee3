#include "frontends/cloudformation/parts.hpp"

namespace lambdalint::frontends::cloudformation {

const Node* mergeGlobals(doc::Document& doc, const Node* global, const Node* local) {
  if (!global) return local;
  if (!local) return global;
  // An intrinsic function is a value, not a mapping to merge into.
  if (isIntrinsic(global) || isIntrinsic(local)) return local;
  if (global->isSeq() && local->isSeq()) {
    Node* merged = doc.newNode(doc::NodeKind::Sequence, local->range);
    merged->items = global->items;
    merged->items.insert(merged->items.end(), local->items.begin(), local->items.end());
    return merged;
  }
  if (!(global->isMap() && local->isMap())) return local;
  Node* merged = doc.newNode(doc::NodeKind::Mapping, local->range);
  for (const doc::Entry& g : global->entries) {
    const doc::Entry* l = local->findEntry(g.key->text);
    merged->entries.push_back(l ? doc::Entry{l->key, mergeGlobals(doc, g.value, l->value)} : g);
  }
  for (const doc::Entry& l : local->entries)
    if (!global->findEntry(l.key->text)) merged->entries.push_back(l);
  return merged;
}

}  // namespace lambdalint::frontends::cloudformation

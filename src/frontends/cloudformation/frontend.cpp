#include "frontends/cloudformation/parts.hpp"
#include "lambdalint/frontends/cloudformation.hpp"

namespace lambdalint::frontends::cloudformation {

bool looksLikeTemplate(const doc::Node* root) {
  if (!root || !root->isMap()) return false;
  if (root->get("AWSTemplateFormatVersion")) return true;
  bool sam = false;
  forEachItem(root->get("Transform"), [&](const Node* t) {
    sam |= scalarText(t).rfind("AWS::Serverless", 0) == 0;
  });
  if (sam) return true;
  const Node* resources = root->get("Resources");
  if (!resources || !resources->isMap()) return false;
  for (const doc::Entry& e : resources->entries)
    if (scalarText(e.value->get("Type")).rfind("AWS::", 0) == 0) return true;
  return false;
}

std::unique_ptr<model::Project> buildProject(doc::Document& document) {
  auto project = std::make_unique<model::Project>();
  project->document = &document;
  const Node* root = document.root();
  if (!root || !root->isMap()) return project;
  Template tpl(*root);
  addFunctions(document, tpl, *project);
  addRoles(tpl, *project);
  addResourceTriggers(tpl, *project);
  return project;
}

}  // namespace lambdalint::frontends::cloudformation

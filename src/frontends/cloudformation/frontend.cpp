#include "frontends/cloudformation/parts.hpp"
#include "lambdalint/document/parse.hpp"
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
  addTemplateResources(document, tpl, *project);
  addResourcesBesideFunctions(document, tpl, *project);
  addAccessAndNetwork(tpl, *project);
  addNotAnalysed(tpl, *project);
  addIgnores(tpl, *project);
  return project;
}

namespace {

// Most YAML and JSON files in a repository are not templates (package.json, OpenAPI, CI
// configuration): a look at the raw text spares parsing them.
bool mayBeTemplate(std::string_view text) {
  return text.find("Resources") != std::string_view::npos ||
         text.find("AWSTemplateFormatVersion") != std::string_view::npos ||
         text.find("AWS::Serverless") != std::string_view::npos;
}

// Whether an unparsable file is worth a finding: it says it is a template.
bool claimsToBeTemplate(std::string_view text) {
  return text.find("AWSTemplateFormatVersion") != std::string_view::npos ||
         text.find("AWS::") != std::string_view::npos;
}

class CloudFormationFrontend final : public Frontend {
 public:
  std::string_view name() const override { return "cloudformation"; }

  bool mayHandle(const SourceFile& file) const override { return mayBeTemplate(file.content()); }

  FrontendOutput analyze(std::shared_ptr<const SourceFile> file, bool named) const override {
    FrontendOutput out;
    out.document = doc::parseDocument(file);
    if (out.document->failed()) {
      out.ours = named || claimsToBeTemplate(file->content());
      return out;
    }
    out.ours = looksLikeTemplate(out.document->root());
    if (out.ours) out.project = buildProject(*out.document);
    return out;
  }
};

}  // namespace

const Frontend& frontend() {
  static const CloudFormationFrontend instance;
  return instance;
}

}  // namespace lambdalint::frontends::cloudformation

// What lambdalint does not look into is said, not skipped in silence: a nested SAM
// application or nested stack is another template (often from the Serverless Application
// Repository or Amazon S3), Fn::Transform inserts text (AWS::Include) or runs a macro at
// deploy time, a template-level transform other than SAM's rewrites the whole template, and
// Fn::ForEach (AWS::LanguageExtensions) generates resources when the stack is deployed.
#include "frontends/cloudformation/parts.hpp"

namespace lambdalint::frontends::cloudformation {
namespace {

// A template written as a path of the project ("./auth.yaml", "nested/vpc.yml"): it is a
// file of the repository, analysed on its own when it is under the scanned folders.
bool isLocalTemplate(const Node* location) {
  const std::string_view text = scalarText(location);
  if (text.empty() || text.find("${") != std::string_view::npos) return false;
  for (std::string_view remote : {"s3://", "http://", "https://", "arn:"})
    if (text.rfind(remote, 0) == 0) return false;
  return text.front() != '/';
}

// Transforms lambdalint applies itself: SAM, and AWS::LanguageExtensions, whose functions
// (Fn::ForEach aside) only compute values that are treated as unknown.
bool isUnderstoodTransform(std::string_view name) {
  return name.rfind("AWS::Serverless", 0) == 0 || name == "AWS::LanguageExtensions";
}

std::string transformWhat(std::string_view name) {
  if (name == "AWS::Include") return "AWS::Include transform";
  return name.empty() ? "transform" : "transform `" + std::string(name) + "`";
}

// `transform` is {Name: ..., Parameters: {Location: ...}}: an AWS::Include from a path of the
// project names that file, which `sam package` / `aws cloudformation package` upload; its
// content is not merged into this analysis.
std::string transformWhy(std::string_view name, const Node* transform) {
  if (name != "AWS::Include") return "the macro rewrites the template at deploy time";
  const Node* params = transform && transform->isMap() ? transform->get("Parameters") : nullptr;
  const Node* location = params && params->isMap() ? params->get("Location") : nullptr;
  if (isLocalTemplate(location))
    return "it inserts the local file `" + std::string(scalarText(location)) +
           "` when the template is packaged and deployed; that file's content is not analysed "
           "as part of this template";
  return "it inserts a snippet from Amazon S3 at deploy time";
}

// Fn::Transform and Fn::ForEach::Name both start so; most keys of a template do not.
bool startsLikeIntrinsic(const std::string& key) {
  return key.size() > 4 && key[0] == 'F' && key[1] == 'n' && key[2] == ':' && key[3] == ':';
}

// Only mappings and lists can hold keys.
bool mayHoldKeys(const Node* n) { return n->isMap() || n->isSeq(); }

}  // namespace

void addNotAnalysed(const Template& tpl, model::Project& project) {
  // The template-level Transform: a name, a list of names, or {Name: AWS::Include, ...}.
  forEachItem(tpl.root().get("Transform"), [&](const Node* t) {
    const std::string_view name = t->isMap() ? scalarText(t->get("Name")) : scalarText(t);
    if (isUnderstoodTransform(name)) return;
    project.notAnalysed.push_back({"", transformWhat(name), t->location(), transformWhy(name, t)});
  });

  for (const Resource& res : tpl.resources()) {
    const Node* p = res.properties && res.properties->isMap() ? res.properties : nullptr;
    if (res.type == "AWS::Serverless::Application") {
      if (p && isLocalTemplate(p->get("Location"))) continue;
      project.notAnalysed.push_back(
          {res.id, "nested application", res.key->location(),
           "its template is in the Serverless Application Repository or at a URL"});
    } else if (res.type == "AWS::CloudFormation::Stack") {
      if (p && isLocalTemplate(p->get("TemplateURL"))) continue;
      project.notAnalysed.push_back(
          {res.id, "nested stack", res.key->location(), "its template is at a URL"});
    }
  }

  // Every Fn::Transform and Fn::ForEach, wherever written: an explicit stack, since
  // templates can be deeply nested and the walk must not exhaust the call stack.
  std::vector<const Node*> pending{&tpl.root()};
  while (!pending.empty()) {
    const Node* n = pending.back();
    pending.pop_back();
    if (n->isSeq()) {
      for (auto it = n->items.rbegin(); it != n->items.rend(); ++it)
        if (mayHoldKeys(*it)) pending.push_back(*it);
      continue;
    }
    for (auto it = n->entries.rbegin(); it != n->entries.rend(); ++it) {
      const std::string& key = it->key->text;
      if (!startsLikeIntrinsic(key)) {
        if (mayHoldKeys(it->value) && !(n == &tpl.root() && key == "Transform"))  // read above
          pending.push_back(it->value);
        continue;
      }
      if (key == "Fn::Transform") {
        const std::string_view name = scalarText(it->value->get("Name"));
        project.notAnalysed.push_back(
            {"", transformWhat(name), it->key->location(), transformWhy(name, it->value)});
        continue;  // what it inserts replaces what is written here
      }
      if (key.rfind("Fn::ForEach::", 0) == 0) {
        project.notAnalysed.push_back(
            {"", "Fn::ForEach loop `" + key.substr(13) + "`", it->key->location(),
             "CloudFormation generates what it describes at deploy time"});
        continue;
      }
      if (mayHoldKeys(it->value)) pending.push_back(it->value);
    }
  }
}

}  // namespace lambdalint::frontends::cloudformation

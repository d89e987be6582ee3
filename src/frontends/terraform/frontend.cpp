#include "lambdalint/frontends/terraform.hpp"

#include <algorithm>
#include <fstream>

#include "frontends/terraform/json_syntax.hpp"
#include "frontends/terraform/parts.hpp"
#include "lambdalint/document/parse.hpp"

namespace lambdalint::frontends::terraform {
namespace {

namespace fs = std::filesystem;

// The same limit the engine applies by default to the files it reads itself.
constexpr uintmax_t kMaxSiblingBytes = 50u * 1024 * 1024;

bool isTerraformName(std::string_view path) { return isTerraformFileName(path); }

std::string fileName(std::string_view path) {
  size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

// The module's other .tf files in `folder`, by name. Symbolic links are not followed: a
// link could lead outside the scanned tree (discovery reports those it finds).
std::vector<std::string> siblingNames(const fs::path& folder, const std::string& self) {
  std::vector<std::string> names{self};
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name == self || !isTerraformName(name)) continue;
    if (it->is_symlink(ec) || !it->is_regular_file(ec)) continue;
    names.push_back(std::move(name));
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::unique_ptr<doc::Document> readSibling(const fs::path& path, std::string shown) {
  std::error_code ec;
  uintmax_t size = fs::file_size(path, ec);
  std::string content;
  std::string problem;
  if (ec) {
    problem = "cannot read the file: " + ec.message();
  } else if (size > kMaxSiblingBytes) {
    problem = "the file is " + std::to_string(size) + " bytes, above the limit of " +
              std::to_string(kMaxSiblingBytes) + " bytes; not analysed";
  } else {
    std::ifstream in(path, std::ios::binary);
    content.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) problem = "error while reading the file";
  }
  auto file = std::make_shared<SourceFile>(std::move(shown), problem.empty() ? std::move(content) : "");
  if (problem.empty()) return parseTerraformFile(file);
  auto failed = std::make_unique<doc::Document>(file);
  failed->addIssue(doc::ParseIssue{"INP001", SourceRange{{1, 1}, {1, 1}}, problem, std::nullopt, {},
                                   std::nullopt, {}});
  failed->markFailed();
  return failed;
}

void build(FrontendOutput& out) {
  std::vector<const doc::Document*> docs{out.document.get()};
  for (const auto& d : out.moreDocuments) docs.push_back(d.get());
  bool failed = std::any_of(docs.begin(), docs.end(), [](const doc::Document* d) { return d->failed(); });
  out.ours = true;
  if (!failed && !mentionsAws(docs)) {
    out.skipped = true;  // another cloud's module, or only variables and outputs
    return;
  }
  out.project = buildProject(docs);
}

class TerraformFrontend final : public Frontend {
 public:
  std::string_view name() const override { return "terraform"; }

  bool mayHandle(const SourceFile& file) const override { return isTerraformName(file.path()); }

  // In memory (tests, one file given as text): the file is the whole module.
  FrontendOutput analyze(std::shared_ptr<const SourceFile> file, bool named) const override {
    FrontendOutput out;
    if (!mayHandle(*file)) return out;
    out.document = parseTerraformFile(file);
    build(out);
    return out;
  }

  FrontendOutput analyzeInFolder(std::shared_ptr<const SourceFile> file, bool named,
                                 const fs::path& folder) const override {
    FrontendOutput out;
    if (!mayHandle(*file)) return out;
    const std::string self = fileName(file->path());
    const std::vector<std::string> names = siblingNames(folder, self);
    if (names.front() != self) {
      // The module is analysed once, through its first file; naming another file of it
      // analyses the module too.
      out.ours = true;
      out.skipped = true;
      out.alsoAnalyse.push_back(names.front());
      return out;
    }
    out.document = parseTerraformFile(file);
    const std::string& shown = file->path();
    const std::string prefix = shown.size() > self.size() ? shown.substr(0, shown.size() - self.size()) : "";
    for (const std::string& name : names)
      if (name != self) out.moreDocuments.push_back(readSibling(folder / name, prefix + name));
    build(out);
    return out;
  }
};

}  // namespace

bool mentionsAws(const std::vector<const doc::Document*>& documents) {
  for (const doc::Document* d : documents) {
    const doc::Node* root = d->root();
    if (!root || !root->isMap()) continue;
    for (const doc::Entry& e : root->entries) {
      if (e.key->text == "module") return true;
      if ((e.key->text == "resource" || e.key->text == "data") && e.value->isMap())
        for (const doc::Entry& t : e.value->entries)
          if (t.key->text.rfind("aws_", 0) == 0) return true;
    }
  }
  return false;
}

std::unique_ptr<model::Project> buildProject(const std::vector<const doc::Document*>& documents) {
  auto project = std::make_unique<model::Project>();
  project->document = documents.empty() ? nullptr : documents.front();
  std::vector<const doc::Node*> roots;
  for (const doc::Document* d : documents)
    if (!d->failed() && d->root()) roots.push_back(d->root());
  Module mod(roots);
  addFunctions(mod, *project);
  addLambdaModules(mod, *project);
  addRoles(mod, *project);
  addTriggers(mod, *project);
  addDeployments(mod, *project);
  addModuleResources(mod, *project);
  addResourcesBesideFunctions(mod, *project);
  addAccessAndNetwork(mod, *project);
  return project;
}

const Frontend& frontend() {
  static const TerraformFrontend instance;
  return instance;
}

}  // namespace lambdalint::frontends::terraform

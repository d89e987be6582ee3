#include "lambdalint/document/parse.hpp"
#include "lambdalint/frontends/cdk.hpp"

namespace lambdalint::frontends::cdk {
namespace {

bool isManifestName(std::string_view path) {
  size_t slash = path.find_last_of('/');
  return (slash == std::string_view::npos ? path : path.substr(slash + 1)) == "manifest.json";
}

// Relative, and never climbing out of the assembly folder.
bool isSafeRelative(std::string_view p) {
  if (p.empty() || p.front() == '/' || p.find('\\') != std::string_view::npos) return false;
  size_t start = 0;
  while (start <= p.size()) {
    size_t end = p.find('/', start);
    if (end == std::string_view::npos) end = p.size();
    if (p.substr(start, end - start) == "..") return false;
    start = end + 1;
  }
  return true;
}

class CdkManifestFrontend final : public Frontend {
 public:
  std::string_view name() const override { return "cdk"; }

  bool mayHandle(const SourceFile& file) const override {
    return isManifestName(file.path()) &&
           file.content().find("aws:cloudformation:stack") != std::string::npos;
  }

  FrontendOutput analyze(std::shared_ptr<const SourceFile> file, bool named) const override {
    FrontendOutput out;
    if (!mayHandle(*file)) return out;
    out.document = doc::parseDocument(file);
    if (out.document->failed()) {
      out.ours = true;
      return out;
    }
    const doc::Node* root = out.document->root();
    const doc::Node* artifacts = root && root->isMap() ? root->get("artifacts") : nullptr;
    if (!artifacts || !artifacts->isMap()) return out;
    out.ours = true;
    out.skipped = true;  // the templates it names are what is analysed
    out.alsoAnalyse = assemblyFiles(root);
    return out;
  }
};

}  // namespace

std::vector<std::string> assemblyFiles(const doc::Node* manifest) {
  std::vector<std::string> files;
  const doc::Node* artifacts = manifest && manifest->isMap() ? manifest->get("artifacts") : nullptr;
  if (!artifacts || !artifacts->isMap()) return files;
  for (const doc::Entry& e : artifacts->entries) {
    const doc::Node* a = e.value;
    const doc::Node* type = a->get("type");
    const doc::Node* props = a->get("properties");
    if (!type || !type->isScalar() || !props || !props->isMap()) continue;
    const doc::Node* file = nullptr;
    std::string suffix;
    if (type->text == "aws:cloudformation:stack") {
      file = props->get("templateFile");
    } else if (type->text == "cdk:cloud-assembly") {  // a nested assembly (CDK Stages)
      file = props->get("directoryName");
      suffix = "/manifest.json";
    }
    if (file && file->isScalar() && isSafeRelative(file->text)) files.push_back(file->text + suffix);
  }
  return files;
}

const Frontend& frontend() {
  static const CdkManifestFrontend instance;
  return instance;
}

}  // namespace lambdalint::frontends::cdk

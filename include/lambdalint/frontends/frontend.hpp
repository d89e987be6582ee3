#pragma once
// A frontend turns one kind of file (CloudFormation/SAM templates, serverless.yml, ...) into
// the project model. The engine asks each registered frontend in turn; the first that takes
// a file parses it, once, and builds its model.
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/document/node.hpp"
#include "lambdalint/model/project.hpp"

namespace lambdalint::frontends {

struct FrontendOutput {
  bool ours = false;                        // the file is of this frontend's kind
  std::unique_ptr<doc::Document> document;  // parsed (or failed) document; its issues are reported
  std::unique_ptr<model::Project> project;  // null when the document could not be read
  // The file is of this kind but describes nothing to analyse (a serverless.yml for another
  // cloud provider): it is neither reported nor counted as analysed.
  bool skipped = false;
  // Further files this one points to (a CDK manifest's templates), relative to its folder;
  // the engine analyses each once, whether or not discovery found it too.
  std::vector<std::string> alsoAnalyse;
  // Further files read as one unit with this one (a Terraform module's other .tf files): the
  // engine reports their parse issues, and their suppression comments apply to the findings
  // located in them.
  std::vector<std::unique_ptr<doc::Document>> moreDocuments;
};

class Frontend {
 public:
  virtual ~Frontend() = default;
  virtual std::string_view name() const = 0;
  // A cheap look at the file name and raw text, before any parsing.
  virtual bool mayHandle(const SourceFile& file) const = 0;
  // Parses and builds. `named`: the user named this file, so a parse failure is always
  // reported; a file found by walking is reported only when it clearly is of this kind.
  virtual FrontendOutput analyze(std::shared_ptr<const SourceFile> file, bool named) const = 0;
  // The same for a file on disk in `folder`, for frontends whose unit is a folder (a
  // Terraform module) and read the file's siblings there. By default, analyze().
  virtual FrontendOutput analyzeInFolder(std::shared_ptr<const SourceFile> file, bool named,
                                         const std::filesystem::path& folder) const {
    return analyze(std::move(file), named);
  }
};

// Every frontend, most specific first (a serverless.yml is YAML with `Resources` inside).
std::span<const Frontend* const> allFrontends();

}  // namespace lambdalint::frontends

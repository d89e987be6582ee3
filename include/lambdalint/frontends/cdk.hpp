#pragma once
// CDK cloud assemblies: a `manifest.json` whose `aws:cloudformation:stack` artifacts name
// the CloudFormation templates to analyse (with the CloudFormation frontend, once each).
#include <string>
#include <vector>

#include "lambdalint/document/node.hpp"
#include "lambdalint/frontends/frontend.hpp"

namespace lambdalint::frontends::cdk {

// The template files (and nested assemblies' manifests) a manifest names, relative to its
// folder. Absolute paths and paths that climb out of the folder are ignored.
std::vector<std::string> assemblyFiles(const doc::Node* manifest);

const Frontend& frontend();

}  // namespace lambdalint::frontends::cdk

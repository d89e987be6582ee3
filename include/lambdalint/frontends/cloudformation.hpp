#pragma once
// The CloudFormation / SAM frontend: the only part that knows their syntax.
#include <memory>

#include "lambdalint/document/node.hpp"
#include "lambdalint/frontends/frontend.hpp"
#include "lambdalint/model/project.hpp"

namespace lambdalint::frontends::cloudformation {

// AWSTemplateFormatVersion, a SAM Transform, or Resources whose types start with "AWS::".
bool looksLikeTemplate(const doc::Node* root);

// Builds the project model of one template. The document is not const because SAM Globals
// are merged into new nodes allocated in it (keeping the positions they were written at).
std::unique_ptr<model::Project> buildProject(doc::Document& document);

// The frontend for .yaml/.yml/.json/.template files whose content is a template.
const Frontend& frontend();

}  // namespace lambdalint::frontends::cloudformation

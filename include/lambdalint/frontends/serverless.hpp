#pragma once
// The Serverless Framework frontend (serverless.yml, serverless.yaml, serverless.json): the
// only part that knows its syntax. Provider settings are merged into each function as the
// framework does, `${...}` variables are resolved where the file itself tells their value,
// and `resources.Resources` is read as the CloudFormation it is.
#include <string_view>

#include "lambdalint/document/node.hpp"
#include "lambdalint/frontends/frontend.hpp"
#include "lambdalint/model/project.hpp"

namespace lambdalint::frontends::serverless {

// serverless.yml, serverless.yaml or serverless.json (the file name of a '/'-separated path).
bool isServerlessFileName(std::string_view path);

// A mapping with `service` and `provider` (or `functions`): a service definition.
bool looksLikeService(const doc::Node* root);

// `provider.name` ("aws", "azure", "google"...); "aws" when not written.
std::string providerName(const doc::Node* root);

// Builds the project model of one AWS service definition. The document is not const for the
// same reason as the CloudFormation frontend's: SAM resources may merge Globals into it.
std::unique_ptr<model::Project> buildProject(doc::Document& document);

// Claims service definitions by file name, or by content (`service` and `provider`).
const Frontend& frontend();

}  // namespace lambdalint::frontends::serverless

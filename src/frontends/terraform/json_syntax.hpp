#pragma once
// Terraform's JSON syntax (`*.tf.json`) read into the tree doc::parseHcl builds for `.tf`
// files, so that the module, its values and every step of the frontend read both alike.
#include <memory>

#include "lambdalint/document/node.hpp"

namespace lambdalint::frontends::terraform {

// Parses `file` as JSON and maps it to the HCL tree shape: strings with `${...}` or `%{...}`
// become expressions (kHclExpressionTag, their text quoted as in HCL), other strings quoted
// literals; a nested block given as a list of objects becomes repeated entries; `"//"`
// comment keys are dropped; a policy written as a JSON string is the map jsonencode would
// give (kHclJsonencodeTag), located at the string. Never throws: unreadable JSON is a failed
// document with its INP001 issue.
std::unique_ptr<doc::Document> parseTerraformJson(std::shared_ptr<const SourceFile> file);

// `.tf` or `.tf.json`: a file of a Terraform module.
bool isTerraformFileName(std::string_view path);

// The parser for a module file, by its name.
std::unique_ptr<doc::Document> parseTerraformFile(std::shared_ptr<const SourceFile> file);

}  // namespace lambdalint::frontends::terraform

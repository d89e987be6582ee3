#pragma once
// The steps of the Terraform frontend, in the order buildProject runs them.
#include <map>
#include <optional>
#include <string>

#include "frontends/terraform/module.hpp"
#include "lambdalint/model/project.hpp"

namespace lambdalint::frontends::terraform {

// The functions of the module by resource address, for the steps that attach to them.
using FunctionIndex = std::map<std::string, model::Function*, std::less<>>;

// aws_lambda_function resources, without what other resources add to them.
void addFunctions(const Module& mod, model::Project& project);

// Functions of terraform-aws-modules/lambda/aws module calls, with the role the module
// creates for each and the triggers and destinations its inputs declare.
void addLambdaModules(const Module& mod, model::Project& project);

// Resolves each function's `role` to an aws_iam_role of the module (with its inline,
// attached and managed policies) or to an external role.
void addRoles(const Module& mod, model::Project& project);

// Policy statements of a policy as written: jsonencode({...}), a JSON string or heredoc, or
// a reference to a data "aws_iam_policy_document".
std::vector<model::PolicyStatement> readPolicy(const Module& mod, const Node* policy);

// Triggers, aliases, versions and failure destinations declared by other resources
// (permissions, event source mappings, function URLs, subscriptions, rules, notifications,
// API Gateway integrations, async invoke configs).
void addTriggers(const Module& mod, model::Project& project);

// Aliases that follow each published version (the model's autoPublishAlias) and how
// CodeDeploy shifts their traffic: deployment groups and the deploy submodule. After the
// triggers.
void addDeployments(const Module& mod, model::Project& project);

// Log groups, metric alarms, SQS queues, API Gateway APIs and DynamoDB tables, related to
// the functions they serve.
void addModuleResources(const Module& mod, model::Project& project);

// API stages, every resource as parsed, and the triggers that invoke $LATEST
// (beside_functions.cpp). After the triggers.
void addResourcesBesideFunctions(const Module& mod, model::Project& project);

// aws_lambda_permission resources on the functions, and the module's subnets and security
// groups with their rules (access.cpp). After the functions.
void addAccessAndNetwork(const Module& mod, model::Project& project);

// Whether a reference to a function names an alias or version: true (qualified), false
// (the function itself, which invokes $LATEST), nullopt (cannot tell).
std::optional<bool> qualifiedReference(const Module& mod, const Node* n);

// The function a value names: aws_lambda_function.x.arn (or any attribute), an alias of it,
// the module call's outputs, or a function_name written out; nullptr when unknown.
model::Function* namedFunction(const Module& mod, const FunctionIndex& index,
                               const model::Project& project, const Node* n);

}  // namespace lambdalint::frontends::terraform

#pragma once
// The steps of the CloudFormation/SAM frontend, in the order frontend.cpp runs them.
#include <unordered_map>

#include "frontends/cloudformation/template.hpp"
#include "lambdalint/model/project.hpp"

namespace lambdalint::frontends::cloudformation {

// SAM Globals: maps merge (the resource wins), lists concatenate (globals first), anything
// else is replaced by the resource's value. Merged nodes keep the positions they came from.
const Node* mergeGlobals(doc::Document& doc, const Node* global, const Node* local);

// Packaging, concurrency, deployment, async invocation, URL and logging settings of a
// function (function_settings.cpp); `props` is a mapping, Globals already merged.
void readFunctionSettings(const Template& tpl, const Node* props, bool sam, model::Function& fn);
model::AsyncInvokeConfig readAsyncInvokeConfig(const Template& tpl, const Node* cfg,
                                               const Location& where);
model::FunctionUrl readFunctionUrl(const Template& tpl, const Node* cfg, const Location& where);
// Each item of a list (or the one value written instead of a list).
std::vector<model::Value> readValueList(const Template& tpl, const Node* n);

// Functions from AWS::Serverless::Function and AWS::Lambda::Function, without roles and
// without the triggers that other resources create.
void addFunctions(doc::Document& doc, const Template& tpl, model::Project& project);

// The role SAM creates for a function without `Role`, holding its SAM `Policies`.
void addImplicitRole(const Template& tpl, const Node* samPolicies, model::Function& fn,
                     model::Project& project);

// Resolves each function's role and collects the policies attached to it.
void addRoles(const Template& tpl, model::Project& project);

// Triggers and failure destinations that live in other resources (permissions, event source
// mappings, subscriptions, rules, bucket notifications, EventInvokeConfig).
void addResourceTriggers(const Template& tpl, model::Project& project);

// Suppressions in resource Metadata (`lambdalint: {ignore: [...]}`), scoped to the resource.
void addIgnores(const Template& tpl, model::Project& project);

// SAM `Events` of one function.
void addSamEvents(const Template& tpl, const Node* events, model::Function& fn);

// Log groups, alarms, queues, APIs (with SAM Globals Api/HttpApi) and tables; API triggers
// without an authorizer of their own get their API's default authorizer (resources.cpp).
void addTemplateResources(doc::Document& doc, const Template& tpl, model::Project& project);

// AWS::SQS::Queue resources (part of addTemplateResources; serverless.yml `resources` too).
void addQueues(const Template& tpl, model::Project& project);

// API stages, every resource as parsed, and the triggers that invoke $LATEST
// (beside_functions.cpp). After the triggers.
void addResourcesBesideFunctions(doc::Document& doc, const Template& tpl, model::Project& project);

// AWS::Lambda::Permission resources on the functions, and the template's subnets and
// security groups with their rules (access.cpp). After the functions.
void addAccessAndNetwork(const Template& tpl, model::Project& project);

// Nested SAM applications and Fn::Transform (AWS::Include, macros): noted as not analysed.
void addNotAnalysed(const Template& tpl, model::Project& project);

}  // namespace lambdalint::frontends::cloudformation

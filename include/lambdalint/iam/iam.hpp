#pragma once
// Least privilege from the code: what a function's handler calls (the SDK operations its
// summary records, mapped to IAM actions by data/sdk-iam-actions.json) against what its
// execution role allows (the model's policies, evaluated the way IAM evaluates them).
// Reads only the model; rules IAM001/IAM002 and `lambdalint policy` use it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/model/project.hpp"

namespace lambdalint::iam {

// --- the table: SDK operation -> IAM actions ----------------------------------------------
struct ServiceEntry {
  std::string key;                        // "s3", "states", "bedrock-runtime"
  std::string prefix;                     // the IAM service prefix: "s3", "states", "bedrock"
  std::vector<std::string> names;         // SDK names, normalised (see normalizeService)
  std::string arn;                        // "GetAtt", "Ref" or "" (not generated)
  std::vector<std::string> objectActions; // need ARN + "/*"
  std::vector<std::string> indexActions;  // may also need ARN + "/index/*"
  std::vector<std::string> mayNeed;
  struct Operation {
    std::string name;                     // canonical (PascalCase)
    bool dependsOnArguments = false;      // null in the table
    std::vector<std::string> actions;
    std::vector<std::string> mayNeed;
  };
  std::vector<Operation> operations;      // the exceptions to prefix:Operation
};
const std::vector<ServiceEntry>& services();
// Actions Lambda itself performs with the role: "always", "tracing", "vpc", "environmentKey",
// "trigger:Sqs", "destination"...; empty for an unknown key.
const std::vector<std::string>& platformActions(std::string_view key);
// Lower case without '-', '_', '.', ' ': how service names are compared.
std::string normalizeService(std::string_view name);
// get_object, getObject, GetObject, objects.all -> GetObject / ObjectsAll.
std::string canonicalOperation(std::string_view operation);
const ServiceEntry* serviceByName(std::string_view sdkName);

struct ActionLookup {
  enum class Status : uint8_t {
    Mapped,             // `actions` (may be empty: no permission needed)
    UnknownService,     // the service is not in the table, or not known statically
    Unresolved,         // the operation is not known statically
    DependsOnArguments, // e.g. ExecuteStatement: the statement decides
  };
  Status status = Status::UnknownService;
  const ServiceEntry* service = nullptr;
  std::string operation;  // canonical
  std::vector<std::string> actions;
  std::vector<std::string> mayNeed;
};
ActionLookup lookup(std::string_view sdkService, std::string_view operation);

// --- IAM pattern matching -----------------------------------------------------------------
// `*` any run of characters, `?` one character. Actions compare case-insensitively,
// resources case-sensitively, as IAM does.
bool actionMatches(std::string_view pattern, std::string_view action);
bool resourceMatches(std::string_view pattern, std::string_view resource);

// --- evaluation ---------------------------------------------------------------------------
enum class Tri : uint8_t { No, Maybe, Yes };

// What a call touches: a resource of the template (logical id) when the handler names it
// through an environment variable the template sets to !Ref/!GetAtt of it.
struct Target {
  std::string logicalId;   // empty: not known
  std::string envVar;      // the variable it came from
  bool objectLevel = false;  // an action on objects inside the resource (s3:GetObject)
};

struct Decision {
  Tri allowed = Tri::No;
  Tri denied = Tri::No;
  const model::PolicyStatement* allowedBy = nullptr;  // a statement that surely allows
  const model::PolicyStatement* deniedBy = nullptr;   // a statement that surely denies
};
// Whether `role` allows `action` on `target`: explicit deny wins, then any allow.
Decision evaluate(const model::Role& role, std::string_view action, const Target& target);
// Whether one statement applies to the action and target (its Effect aside).
Tri statementApplies(const model::PolicyStatement& st, std::string_view action, const Target& target);
// Whether everything the role grants is known: not defined outside the template, and every
// managed policy or SAM policy template is in lambdalint's catalog. `why` says what is not.
bool roleKnown(const model::Role& role, std::string* why = nullptr);

// --- what a function's code needs ---------------------------------------------------------
struct UsedAction {
  std::string action;              // "dynamodb:GetItem"
  Target target;
  const model::SdkCall* call = nullptr;  // where the code calls it
};

struct Usage {
  bool handlerAnalysed = false;        // the handler's code was found and summarised
  bool complete = false;               // every code path's calls are known (see docs/iam.md)
  std::vector<std::string> incomplete; // why not, one reason each
  std::vector<UsedAction> actions;     // in code order, one per (call, action)
  // What Lambda does with the role for this function: views of platformActions' lists
  // (static), not copies.
  std::vector<std::string_view> platform;
  std::vector<std::string> mayNeed;    // patterns never reported as unused
  // Whether `pattern` (an action entry of a policy) is used by the code or the platform.
  bool uses(std::string_view pattern) const;
};
Usage usageOf(const model::Function& fn);

// --- the minimal policy -------------------------------------------------------------------
struct ResourceExpr {
  enum class Kind : uint8_t { Any, GetAttArn, Ref, Sub };
  Kind kind = Kind::Any;
  std::string text;  // the logical id (GetAttArn, Ref) or the Sub pattern
  friend bool operator==(const ResourceExpr&, const ResourceExpr&) = default;
};
struct MinimalStatement {
  std::vector<std::string> actions;     // sorted
  std::vector<ResourceExpr> resources;
};
// The statements the code's calls need, grouped by resources, in a stable order.
std::vector<MinimalStatement> minimalPolicy(const Usage& usage);
// As a policy document: JSON, or YAML for a CloudFormation/SAM template (!GetAtt, !Sub).
std::string policyJson(const std::vector<MinimalStatement>& statements);
std::string policyYaml(const std::vector<MinimalStatement>& statements, int indent = 0);

}  // namespace lambdalint::iam

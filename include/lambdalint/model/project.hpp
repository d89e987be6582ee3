#pragma once
// The project model: functions, roles, triggers... with a location on everything.
// One shape for every template source; rules never ask where a function came from.
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/document/node.hpp"
#include "lambdalint/model/handler_summary.hpp"
#include "lambdalint/model/value.hpp"

namespace lambdalint::model {

struct PolicyStatement {
  Location where;
  bool allow = true;
  bool notAction = false;            // NotAction: everything except `actions`
  std::vector<Value> actions;
  bool notResource = false;
  std::vector<Value> resources;
};

struct Policy {
  enum class Origin : uint8_t {
    Inline,          // inline in the role or the function (SAM Policies statements)
    Attached,        // a policy resource that names the role (AWS::IAM::Policy / ManagedPolicy)
    AwsManaged,      // an AWS managed policy by ARN or name (`managedArn`)
    PolicyTemplate,  // a SAM policy template (`name`, e.g. "S3ReadPolicy")
  };
  Origin origin = Origin::Inline;
  std::string name;
  Value managedArn;
  Location where;
  std::vector<PolicyStatement> statements;
};

struct Role {
  std::string id;          // logical id; or the ARN text of a role defined elsewhere
  bool implicit = false;   // generated per function (SAM without Role)
  bool external = false;   // defined outside this template (only an ARN is known)
  std::string description; // how messages name it when the id alone says little; may be empty
  Location where;
  std::vector<Policy> policies;
};

struct Trigger {
  enum class Kind : uint8_t {
    Api, HttpApi, FunctionUrl, Sqs, Kinesis, DynamoDb, Msk, MQ, S3, Sns, EventBridge,
    Schedule, CloudWatchLogs, IoT, Cognito, Alb, AppSync, WebSocket, Other
  };
  enum class Mode : uint8_t { Synchronous, Asynchronous, Poll };
  Kind kind = Kind::Other;
  std::string name;    // the event's name or the resource that creates it
  std::string type;    // as written (e.g. "Api", "AWS::SNS::Subscription")
  Location where;
  Mode mode() const;
};
const char* triggerKindName(Trigger::Kind k);

struct EnvVar {
  std::string name;
  Location nameWhere;
  Value value;
};

struct VpcConfig {
  Location where;
  Value subnetList;                 // set when the whole list is one reference (unknown size)
  std::vector<Value> subnets;       // the items when written as a list
  Location subnetsWhere;
  bool securityGroupsSet = false;
  Value securityGroupList;
  std::vector<Value> securityGroups;
};

// Where a function's handler code is, as lambdalint resolved it (src/handlers/).
struct HandlerLink {
  enum class Status : uint8_t {
    NotResolved,         // not looked for: no handler/runtime/code, or the engine was not asked
    NotLocal,            // code not in the scanned tree (S3 object, image, parameter, inline)
    UnsupportedRuntime,  // a runtime without a source analyzer (java, go, dotnet, provided)
    OutsideRoot,         // CodeUri or the handler path leads outside the scanned root: not read
    FileNotFound,        // none of the candidate files exists
    FunctionNotFound,    // the file exists but defines no such function
    Found,
  };
  Status status = Status::NotResolved;
  std::string reason;                // why not, for messages and the JSON output
  std::string file;                  // display path of the handler file (Found/FunctionNotFound)
  std::string function;              // the handler function's name
  std::vector<std::string> tried;    // display paths looked at, in order
  std::shared_ptr<const CodeSummary> summary;  // the file's summary (Found/FunctionNotFound)
  const CodeFunction* handler = nullptr;       // the handler in `summary` (Found)
};
const char* handlerStatusName(HandlerLink::Status s);  // "found", "file-not-found"...

struct Function {
  std::string id;            // logical id / name in its source
  std::string displayName;   // how messages name it (a CDK construct path); empty: the id
  std::string source;        // "sam", "cloudformation", "serverless" (for messages only)
  Location where;            // the definition (logical id key)
  Location propertiesWhere;  // the properties block, for "add X here" messages
  Value runtime, handler, code, packageType, memorySize, timeout, tracing;
  int defaultTimeout = 3;    // seconds applied when `timeout` is absent (Serverless Framework: 6)
  std::vector<EnvVar> environment;
  Value roleRef;                  // what the template wrote (Role: ...)
  const Role* role = nullptr;     // the role it resolves to (implicit, in-template, or external)
  std::optional<VpcConfig> vpc;
  std::vector<Trigger> triggers;
  Value deadLetterTarget;         // DeadLetterQueue / DeadLetterConfig.TargetArn
  Value onFailureDestination;     // async invoke config OnFailure destination
  Value autoPublishAlias;          // SAM: publish a version and point this alias at it
  std::vector<std::string> versions;  // AWS::Lambda::Version resources of the function
  std::vector<std::string> aliases;   // AWS::Lambda::Alias resources of the function
  HandlerLink handlerLink;            // set by the engine after the frontend (src/handlers/)

  const std::string& label() const { return displayName.empty() ? id : displayName; }
};

// A suppression written in the template's own syntax (CloudFormation resource Metadata
// `lambdalint: {ignore: [{rule: SEC003, reason: ...}]}`): findings of `rule` located inside
// `scope` are suppressed. The findings pipeline applies it; only frontends read the syntax.
struct IgnoreDirective {
  std::string rule;     // a rule id or name, as written
  std::string reason;
  Location where;       // the rule entry, for INP004 when it matches nothing
  SourceRange scope;    // the resource, from its logical id to the end of its body
};

// One analysed unit (a template and what it points to).
struct Project {
  const doc::Document* document = nullptr;
  std::deque<Role> roles;             // stable addresses: functions point into it
  std::vector<Function> functions;
  std::vector<IgnoreDirective> ignores;
};

}  // namespace lambdalint::model

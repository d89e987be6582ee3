#pragma once
// The project model: functions, roles, triggers... with a location on everything.
// One shape for every template source; rules never ask where a function came from.
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
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
  bool conditional = false;          // has a Condition: it may not apply to a request
  // Trust and resource policies: who the statement is about, as (type, value): ("AWS", ...),
  // ("Service", ...), ("Federated", ...); ("*", "*") for `Principal: "*"`.
  std::vector<std::pair<std::string, Value>> principals;
  bool notPrincipal = false;
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
  // For AwsManaged and PolicyTemplate: the statements come from lambdalint's own table
  // (data/), located at the policy's entry; false when the name is not in the table.
  bool expanded = false;
  std::vector<PolicyStatement> statements;
};

struct Role {
  std::string id;          // logical id; or the ARN text of a role defined elsewhere
  bool implicit = false;   // generated per function (SAM without Role)
  bool external = false;   // defined outside this template (only an ARN is known)
  std::string description; // how messages name it when the id alone says little; may be empty
  Location where;
  std::vector<Policy> policies;
  std::vector<PolicyStatement> trust;  // AssumeRolePolicyDocument / assume_role_policy
};

struct Trigger {
  enum class Kind : uint8_t {
    Api, HttpApi, FunctionUrl, Sqs, Kinesis, DynamoDb, Msk, MQ, S3, Sns, EventBridge,
    Schedule, CloudWatchLogs, IoT, Cognito, Alb, AppSync, WebSocket,
    DocumentDb,  // DocumentDB change stream (polled)
    Other
  };
  enum class Mode : uint8_t { Synchronous, Asynchronous, Poll };
  // Every member has an initializer; a constructor of our own keeps emplace_back() from
  // zeroing the whole (large) object first, as value-initialization would.
  Trigger() {}
  Kind kind = Kind::Other;
  std::string name;    // the event's name or the resource that creates it
  std::string type;    // as written (e.g. "Api", "AWS::SNS::Subscription")
  Location where;
  // The queue, stream, topic, bucket or API as written, and its logical id when it is a
  // resource of the template (e.g. to relate a queue's visibility timeout to the function).
  Value source;
  std::string sourceId;
  // Polled sources (SQS, Kinesis, DynamoDB, Kafka, MQ): the event source mapping's settings.
  Value enabled, batchSize, maximumBatchingWindow, startingPosition;
  Value bisectOnError, maximumRetryAttempts, maximumRecordAge, parallelizationFactor;
  Value onFailureDestination;       // streams: DestinationConfig.OnFailure
  bool filtersSet = false;          // FilterCriteria
  bool reportBatchItemFailures = false;  // FunctionResponseTypes has ReportBatchItemFailures
  // API triggers: the method's authorizer as written (SAM Auth.Authorizer, "NONE", or the
  // API's default authorizer when the event sets none); absent when nothing names one.
  Value authorizer;
  Value apiKeyRequired;
  Value method, path;
  // SNS subscriptions: RedrivePolicy; EventBridge rule targets and schedules: DeadLetterConfig
  // (where undeliverable events go, for the subscription or target itself).
  Value deliveryDeadLetter;
  // A resource of the template (mapping, permission, subscription, rule target...) names the
  // function itself, not an alias or a version: it invokes $LATEST. False for events the
  // deployment tool wires (SAM events follow AutoPublishAlias) and when unknown.
  bool unqualifiedTarget = false;
  Mode mode() const;
};
const char* triggerKindName(Trigger::Kind k);
// The kind of caller a resource-policy principal names ("apigateway.amazonaws.com" -> Api);
// Other when it is not a service that invokes functions as a trigger.
Trigger::Kind triggerKindOfPrincipal(std::string_view servicePrincipal);

struct EnvVar {
  std::string name;
  Location nameWhere;
  Value value;
};

// A resource-based permission on a function (AWS::Lambda::Permission, aws_lambda_permission).
struct Permission {
  std::string id;             // logical id / Terraform address
  Location where;
  Value action, principal, sourceArn, sourceAccount, principalOrgId, functionUrlAuthType;
  Value invokedViaFunctionUrl;  // true: only invocations through the function URL
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
  // Go and Java: the other source files of the handler's package (display paths), whose code
  // the handler may call but which are not followed (IAM results are then incomplete).
  std::vector<std::string> otherPackageFiles = {};
};
const char* handlerStatusName(HandlerLink::Status s);  // "found", "file-not-found"...

// SAM DeploymentPreference, or an AWS::CodeDeploy::DeploymentGroup for the function's alias.
struct DeploymentPreference {
  Location where;
  Value type;                   // "Canary10Percent5Minutes", "AllAtOnce"...
  Value enabled;
  std::vector<Value> alarms;    // rollback alarms
  Value preTrafficHook, postTrafficHook;
};

// Asynchronous invocation settings (SAM EventInvokeConfig, AWS::Lambda::EventInvokeConfig).
struct AsyncInvokeConfig {
  Location where;
  Value maximumRetryAttempts, maximumEventAgeInSeconds;
  Value onSuccess, onFailure;   // destinations (ARN, or the SAM Type when no ARN is written)
};

// A function URL (SAM FunctionUrlConfig, AWS::Lambda::Url).
struct FunctionUrl {
  Location where;
  Value authType;               // "AWS_IAM" or "NONE"
  Value invokeMode;
  bool corsSet = false;
  std::vector<Value> allowOrigins;
  Value allowCredentials;
};

// LoggingConfig: log format and the log group the function writes to.
struct LoggingConfig {
  Location where;
  Value logFormat, logGroup, applicationLogLevel, systemLogLevel;
};

struct Function {
  // Every member has an initializer; a constructor of our own keeps emplace_back() from
  // zeroing the whole (several KB) object first, as value-initialization would.
  Function() {}
  std::string id;            // logical id / name in its source
  std::string displayName;   // how messages name it (a CDK construct path); empty: the id
  std::string source;        // "sam", "cloudformation", "serverless" (for messages only)
  Location where;            // the definition (logical id key)
  Location propertiesWhere;  // the properties block, for "add X here" messages
  Value runtime, handler, code, packageType, memorySize, timeout, tracing;
  Value functionName;        // the deployed name when written (FunctionName)
  int defaultTimeout = 3;    // seconds applied when `timeout` is absent (Serverless Framework: 6)
  int defaultMemory = 128;   // MB applied when `memorySize` is absent (Serverless Framework: 1024)
  bool runtimeHasDefault = false;  // the deployment tool supplies a runtime when none is written
  std::vector<EnvVar> environment;
  // The variables are an expression lambdalint does not read (Terraform `merge(...)`, a
  // variable): names beyond `environment` may be set.
  bool environmentOpen = false;
  Value roleRef;                  // what the template wrote (Role: ...)
  const Role* role = nullptr;     // the role it resolves to (implicit, in-template, or external)
  std::optional<VpcConfig> vpc;
  std::vector<Trigger> triggers;
  Value deadLetterTarget;         // DeadLetterQueue / DeadLetterConfig.TargetArn
  Value onFailureDestination;     // async invoke config OnFailure destination
  Value autoPublishAlias;          // SAM: publish a version and point this alias at it
  std::vector<std::string> versions;  // AWS::Lambda::Version resources of the function
  std::vector<std::string> aliases;   // AWS::Lambda::Alias resources of the function
  // Deployment and packaging. `code` stays the code location handlers are resolved from.
  Value imageUri;                     // PackageType Image: ImageUri / Code.ImageUri
  Value inlineCode;                   // SAM InlineCode / Code.ZipFile
  std::vector<Value> layers;          // in order (Globals layers first)
  std::vector<Value> architectures;   // absent: x86_64
  Value snapStart;                    // SnapStart.ApplyOn ("PublishedVersions" / "None")
  Value runtimeUpdateMode;            // RuntimeManagementConfig.UpdateRuntimeOn
  Value runtimeVersionArn;            // RuntimeManagementConfig.RuntimeVersionArn
  Value reservedConcurrency;          // ReservedConcurrentExecutions
  Value provisionedConcurrency;       // ProvisionedConcurrentExecutions (SAM, or an alias)
  Value ephemeralStorage;             // EphemeralStorage.Size in MB
  Value kmsKeyArn, codeSigningConfig;
  std::optional<DeploymentPreference> deploymentPreference;
  std::optional<AsyncInvokeConfig> asyncInvoke;
  std::optional<FunctionUrl> url;
  std::optional<LoggingConfig> logging;
  std::vector<Permission> permissions;  // resource-based permissions naming the function
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

// Template-level resources that rules relate to functions.
struct LogGroup {
  std::string id;
  Location where;
  Value name;                 // LogGroupName as written
  std::string functionId;     // the function whose logs it holds ("/aws/lambda/${Fn}"), if known
  Value retentionInDays, kmsKeyId;
};

struct Alarm {
  std::string id;
  Location where;
  Value metricName, metricNamespace;
  std::vector<std::pair<std::string, Value>> dimensions;  // name, value
  std::string functionId;     // a FunctionName dimension naming a function of the template
  Value threshold, comparison;
  std::vector<Value> alarmActions;
};

struct Queue {
  std::string id;
  Location where;
  bool fifo = false;
  Value visibilityTimeout;    // seconds; absent: SQS's default of 30
  Value messageRetention;
  bool redriveSet = false;    // RedrivePolicy
  Value deadLetterTarget, maxReceiveCount;
  Value kmsMasterKeyId, sqsManagedSse;
};

// An API Gateway API (SAM Api/HttpApi with their Globals, or the CloudFormation resources).
struct Api {
  enum class Kind : uint8_t { Rest, Http, WebSocket };
  std::string id;
  Kind kind = Kind::Rest;
  bool implicit = false;      // SAM's ServerlessRestApi / ServerlessHttpApi from function events
  Location where;
  Value stageName;
  bool authSet = false;       // Auth (SAM) present
  Value defaultAuthorizer;    // Auth.DefaultAuthorizer
  std::vector<std::string> authorizers;  // names defined in Auth.Authorizers
  Value tracing;              // TracingEnabled (REST)
  bool accessLogSet = false;  // AccessLogSetting(s) present
  Value accessLogDestination;
  Value throttlingBurst, throttlingRate;  // method / default route settings
  Value cacheEnabled;
};

// A deployed API Gateway stage: an AWS::ApiGateway::Stage / AWS::ApiGatewayV2::Stage (or a
// Deployment's StageName), a SAM Api/HttpApi (its stage is part of it), the API a Serverless
// Framework service creates, a Terraform aws_api_gateway_stage / aws_apigatewayv2_stage.
struct ApiStage {
  std::string id;             // the resource (or the SAM API / "(service API)") declaring it
  std::string apiId;          // its API when known
  Api::Kind kind = Api::Kind::Rest;
  Location where;
  Value tracing;              // X-Ray (REST only)
  bool accessLogSet = false;
  Value accessLogDestination, accessLogFormat;
  Value throttlingBurst, throttlingRate;  // default (stage-wide) method / route throttling
  // Throttling is not a setting of this stage's source (the Serverless Framework's HTTP API).
  bool throttlingUnsupported = false;
  Location settingsWhere;     // where stage settings go (the properties block); may be unknown
};

// A resource as parsed, for rules about resources beside the functions that the model does
// not describe otherwise (SNS subscriptions, EventBridge rules, state machines, GraphQL
// APIs). `type` as written ("AWS::SNS::Subscription", "aws_sns_topic_subscription"); rules
// look only at the settings they judge and treat anything not a literal as unknown.
struct RawResource {
  std::string id;             // logical id / Terraform address
  std::string type;
  Location where;             // the logical id / name label
  const doc::Node* properties = nullptr;  // CloudFormation Properties, Terraform block body
};

struct Table {
  std::string id;
  Location where;
  Value sseEnabled;           // SSESpecification.SSEEnabled
  Value pointInTimeRecovery;
};

// A resource lambdalint does not look into (a nested SAM application, an AWS::Include
// transform): reported as not analysed instead of skipped in silence.
struct NotAnalysed {
  std::string id;             // the resource, or "" for a template-level transform
  std::string what;           // "nested application", "AWS::Include transform"
  Location where;
  std::string why;            // what keeps its content out of sight ("its template is at a URL")
};

// A subnet of the template, for telling which Availability Zones a function's subnets span.
struct Subnet {
  std::string id;             // logical id / Terraform address
  Location where;
  Value availabilityZone;     // AvailabilityZone / AvailabilityZoneId as written
  // Two subnets are in the same zone when their keys are equal: "us-east-1a",
  // "id:use1-az1", "GetAZs[0]" for !Select [0, !GetAZs ""]; "" when it cannot be told.
  std::string zoneKey;
};

// A security group of the template with its rules (inline and separate rule resources).
struct SecurityGroupRule {
  Location where;
  bool egress = false;
  Value protocol, fromPort, toPort, cidrIpv4, cidrIpv6;
};
struct SecurityGroup {
  std::string id;             // logical id / Terraform address
  Location where;
  std::vector<SecurityGroupRule> rules;
  // No egress rule written on the group itself: EC2's default rule (all traffic to
  // 0.0.0.0/0) stays. CloudFormation keeps it; Terraform's aws_security_group removes it.
  bool defaultEgress = false;
};

// One analysed unit (a template and what it points to).
struct Project {
  const doc::Document* document = nullptr;
  std::deque<Role> roles;             // stable addresses: functions point into it
  std::vector<Function> functions;
  std::vector<IgnoreDirective> ignores;
  std::vector<LogGroup> logGroups;
  std::vector<Alarm> alarms;
  std::vector<Queue> queues;
  std::vector<Api> apis;
  std::vector<ApiStage> apiStages;
  std::vector<RawResource> resources;
  std::vector<Table> tables;
  std::vector<NotAnalysed> notAnalysed;
  std::vector<Subnet> subnets;
  std::vector<SecurityGroup> securityGroups;
};

}  // namespace lambdalint::model

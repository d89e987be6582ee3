// The Serverless Framework frontend: recognition, provider settings merged into functions,
// `${...}` variables, the shared and per-function roles, events, and positions.
#include <gtest/gtest.h>

#include "lambdalint/document/parse.hpp"
#include "lambdalint/engine/analyze.hpp"
#include "lambdalint/frontends/serverless.hpp"

using namespace lambdalint;
namespace sls = lambdalint::frontends::serverless;
using Kind = model::Value::Kind;
using TKind = model::Trigger::Kind;

namespace {

struct Built {
  std::unique_ptr<doc::Document> doc;
  std::unique_ptr<model::Project> project;
  const model::Function& fn(std::string_view id) const {
    for (const auto& f : project->functions)
      if (f.id == id) return f;
    throw std::runtime_error("no function " + std::string(id));
  }
  const model::EnvVar& env(std::string_view fnId, std::string_view name) const {
    for (const auto& v : fn(fnId).environment)
      if (v.name == name) return v;
    throw std::runtime_error("no variable " + std::string(name));
  }
};

Built build(std::string text) {
  Built b;
  b.doc = doc::parseDocument(std::make_shared<SourceFile>("serverless.yml", std::move(text)));
  EXPECT_FALSE(b.doc->failed());
  b.project = sls::buildProject(*b.doc);
  return b;
}

std::unique_ptr<doc::Document> parse(std::string text) {
  return doc::parseDocument(std::make_shared<SourceFile>("serverless.yml", std::move(text)));
}

TEST(ServerlessRecognition, ByNameOrContentAndProvider) {
  EXPECT_TRUE(sls::isServerlessFileName("serverless.yml"));
  EXPECT_TRUE(sls::isServerlessFileName("services/api/serverless.yaml"));
  EXPECT_TRUE(sls::isServerlessFileName("a/serverless.json"));
  EXPECT_FALSE(sls::isServerlessFileName("a/serverless-compose.yml"));
  EXPECT_FALSE(sls::isServerlessFileName("template.yaml"));

  EXPECT_TRUE(sls::looksLikeService(parse("service: x\nprovider: {name: aws}\n")->root()));
  EXPECT_FALSE(sls::looksLikeService(parse("AWSTemplateFormatVersion: '2010-09-09'\n")->root()));
  EXPECT_EQ(sls::providerName(parse("service: x\nprovider: {name: azure}\n")->root()), "azure");
  EXPECT_EQ(sls::providerName(parse("service: x\nfunctions: {}\n")->root()), "aws");
}

TEST(ServerlessRecognition, OtherProvidersAreSkippedAndNotCounted) {
  AnalysisResult r = analyzeText("serverless.yml",
                                 "service: x\nprovider:\n  name: google\n  runtime: nodejs18\n"
                                 "functions:\n  a:\n    handler: a\n  b:\n    handler: b\n");
  EXPECT_TRUE(r.findings.empty());
  EXPECT_TRUE(r.filesAnalysed.empty());
  EXPECT_EQ(r.functionCount, 0u);
}

TEST(ServerlessProvider, SettingsMergeFunctionValuesWinAndKeepTheirPositions) {
  Built b = build(
      "service: shop\n"                        // 1
      "provider:\n"                            // 2
      "  name: aws\n"                          // 3
      "  runtime: nodejs20.x\n"                // 4
      "  memorySize: 512\n"                    // 5
      "  timeout: 10\n"                        // 6
      "  tracing:\n"                           // 7
      "    lambda: true\n"                     // 8
      "  environment:\n"                       // 9
      "    STAGE: prod\n"                      // 10
      "    TABLE: orders\n"                    // 11
      "functions:\n"                           // 12
      "  a:\n"                                 // 13
      "    handler: a.handler\n"               // 14
      "    timeout: 20\n"                      // 15
      "    environment:\n"                     // 16
      "      TABLE: carts\n"                   // 17
      "      EXTRA: yes\n"                     // 18
      "  b:\n"                                 // 19
      "    handler: b.handler\n"               // 20
      "    runtime: python3.12\n");            // 21
  ASSERT_EQ(b.project->functions.size(), 2u);
  const model::Function& a = b.fn("a");
  EXPECT_EQ(a.source, "serverless");
  EXPECT_EQ(a.where.range.begin.line, 13u);
  EXPECT_EQ(a.runtime.text, "nodejs20.x");
  EXPECT_EQ(a.runtime.where.range.begin.line, 4u);  // the provider's line
  EXPECT_EQ(a.timeout.text, "20");
  EXPECT_EQ(a.timeout.where.range.begin.line, 15u);
  EXPECT_EQ(a.memorySize.text, "512");
  EXPECT_EQ(a.tracing.text, "true");
  EXPECT_EQ(a.defaultTimeout, 6);
  ASSERT_EQ(a.environment.size(), 3u);
  EXPECT_EQ(b.env("a", "STAGE").nameWhere.range.begin.line, 10u);
  EXPECT_EQ(b.env("a", "TABLE").value.text, "carts");
  EXPECT_EQ(b.env("a", "TABLE").nameWhere.range.begin.line, 17u);
  EXPECT_EQ(b.env("a", "EXTRA").value.text, "yes");
  EXPECT_EQ(b.fn("b").runtime.text, "python3.12");
  EXPECT_EQ(b.fn("b").timeout.where.range.begin.line, 6u);
  EXPECT_EQ(b.env("b", "TABLE").value.text, "orders");
}

TEST(ServerlessVariables, SelfOptDefaultsSsmAndUnknowns) {
  Built b = build(
      "service: shop\n"
      "custom:\n"
      "  stage: ${opt:stage, 'staging'}\n"
      "  table: ${self:service}-${self:custom.stage}\n"
      "  loopA: ${self:custom.loopB}\n"
      "  loopB: ${self:custom.loopA}\n"
      "  nested: {prod: 30, staging: 12}\n"
      "  vpc:\n"
      "    securityGroupIds: [sg-1]\n"
      "    subnetIds: [subnet-1, subnet-2]\n"
      "provider:\n"
      "  name: aws\n"
      "  stage: ${opt:stage, 'staging'}\n"
      "  timeout: ${self:custom.nested.${sls:stage}}\n"
      "  vpc: ${self:custom.vpc}\n"
      "  environment:\n"
      "    TABLE: ${self:custom.table}\n"
      "    STAGE: ${sls:stage}\n"
      "    PASSWORD: ${ssm:/shop/db/password}\n"
      "    URL: postgres://app:${ssm:/shop/db/password}@db:5432/shop\n"
      "    HOME_DIR: ${env:HOME}\n"
      "    FROM_FILE: ${file(./config.json):x}\n"
      "    MIXED: ${env:HOST}:8080\n"
      "    LOOP: ${self:custom.loopA}\n"
      "    NUMBER: ${opt:port, 8080}\n"
      "functions:\n"
      "  a:\n"
      "    handler: a.handler\n");
  const model::Function& a = b.fn("a");
  EXPECT_EQ(b.env("a", "TABLE").value.kind, Kind::Literal);
  EXPECT_EQ(b.env("a", "TABLE").value.text, "shop-staging");
  EXPECT_EQ(b.env("a", "STAGE").value.text, "staging");
  EXPECT_EQ(b.env("a", "PASSWORD").value.kind, Kind::Dynamic);
  EXPECT_EQ(b.env("a", "URL").value.kind, Kind::Dynamic);
  EXPECT_EQ(b.env("a", "HOME_DIR").value.kind, Kind::Unknown);
  EXPECT_EQ(b.env("a", "FROM_FILE").value.kind, Kind::Unknown);
  EXPECT_EQ(b.env("a", "MIXED").value.kind, Kind::Unknown);
  EXPECT_EQ(b.env("a", "LOOP").value.kind, Kind::Unknown);  // and no endless recursion
  EXPECT_EQ(b.env("a", "NUMBER").value.text, "8080");
  EXPECT_EQ(a.timeout.kind, Kind::Literal);
  EXPECT_EQ(a.timeout.text, "12");
  EXPECT_EQ(a.timeout.where.range.begin.line, 14u);  // where the variable is written
  ASSERT_TRUE(a.vpc.has_value());
  EXPECT_EQ(a.vpc->subnets.size(), 2u);
  EXPECT_EQ(a.vpc->securityGroups.size(), 1u);
  EXPECT_EQ(a.vpc->where.range.begin.line, 15u);
}

TEST(ServerlessRoles, OneSharedRoleByDefaultWithTheProviderStatements) {
  Built b = build(
      "service: shop\n"
      "provider:\n"
      "  name: aws\n"
      "  iam:\n"
      "    role:\n"
      "      statements:\n"                                  // 6
      "        - Effect: Allow\n"                            // 7
      "          Action: [dynamodb:GetItem, dynamodb:PutItem]\n"
      "          Resource: !GetAtt Table.Arn\n"
      "      managedPolicies:\n"
      "        - arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess\n"
      "functions:\n"
      "  a: {handler: a.handler}\n"
      "  b: {handler: b.handler}\n"
      "resources:\n"
      "  Resources:\n"
      "    Table: {Type: AWS::DynamoDB::Table}\n");
  const model::Role* role = b.fn("a").role;
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role, b.fn("b").role);
  EXPECT_EQ(role->id, "IamRoleLambdaExecution");
  EXPECT_FALSE(role->implicit);
  EXPECT_EQ(role->where.range.begin.line, 6u);
  ASSERT_EQ(role->policies.size(), 2u);
  ASSERT_EQ(role->policies[0].statements.size(), 1u);
  const model::PolicyStatement& st = role->policies[0].statements[0];
  EXPECT_EQ(st.where.range.begin.line, 7u);
  ASSERT_EQ(st.actions.size(), 2u);
  EXPECT_EQ(st.actions[1].text, "dynamodb:PutItem");
  ASSERT_EQ(st.resources.size(), 1u);
  EXPECT_EQ(st.resources[0].kind, Kind::ResourceRef);
  EXPECT_EQ(st.resources[0].name, "Table");
  EXPECT_EQ(role->policies[1].origin, model::Policy::Origin::AwsManaged);
}

TEST(ServerlessRoles, PerFunctionPluginAndRolesNamedInResources) {
  Built b = build(
      "service: shop\n"
      "plugins:\n"
      "  - serverless-iam-roles-per-function\n"
      "provider:\n"
      "  name: aws\n"
      "  iamRoleStatements:\n"
      "    - {Effect: Allow, Action: 'logs:*', Resource: '*'}\n"
      "functions:\n"
      "  own:\n"
      "    handler: own.handler\n"
      "    iamRoleStatementsInherit: true\n"
      "    iamRoleStatements:\n"
      "      - {Effect: Allow, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*'}\n"
      "  named:\n"
      "    handler: named.handler\n"
      "    role: CustomRole\n"
      "  byArn:\n"
      "    handler: arn.handler\n"
      "    role: !GetAtt CustomRole.Arn\n"
      "  plain:\n"
      "    handler: plain.handler\n"
      "resources:\n"
      "  Resources:\n"
      "    CustomRole:\n"
      "      Type: AWS::IAM::Role\n"
      "      Properties:\n"
      "        Policies:\n"
      "          - PolicyName: p\n"
      "            PolicyDocument:\n"
      "              Statement:\n"
      "                - {Effect: Allow, Action: 'sqs:SendMessage', Resource: '*'}\n");
  const model::Role* own = b.fn("own").role;
  ASSERT_NE(own, nullptr);
  EXPECT_NE(own, b.fn("plain").role);
  EXPECT_EQ(own->id, "ownIamRoleLambdaExecution");
  EXPECT_EQ(own->where.range.begin.line, 12u);
  EXPECT_EQ(own->policies.size(), 2u);  // its own statements and the inherited ones
  const model::Role* named = b.fn("named").role;
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(named->id, "CustomRole");
  EXPECT_FALSE(named->external);
  EXPECT_EQ(named, b.fn("byArn").role);
  ASSERT_EQ(named->policies.size(), 1u);
  ASSERT_NE(b.fn("plain").role, nullptr);
  EXPECT_EQ(b.fn("plain").role->id, "IamRoleLambdaExecution");
}

TEST(ServerlessEvents, EventsBecomeTriggersAndDestinationsAreRead) {
  Built b = build(
      "service: shop\n"
      "provider: {name: aws}\n"
      "functions:\n"
      "  a:\n"
      "    handler: a.handler\n"
      "    onError: arn:aws:sqs:eu-west-1:111111111111:dlq\n"
      "    destinations:\n"
      "      onFailure:\n"
      "        type: sqs\n"
      "        arn: arn:aws:sqs:eu-west-1:111111111111:failed\n"
      "    events:\n"
      "      - http: GET /a\n"                                                  // 12
      "      - httpApi: {method: POST, path: /b}\n"
      "      - sqs: arn:aws:sqs:eu-west-1:111111111111:q\n"
      "      - stream: arn:aws:dynamodb:eu-west-1:111111111111:table/t/stream/x\n"
      "      - stream: {type: kinesis, arn: !GetAtt S.Arn}\n"
      "      - s3: {bucket: uploads, event: 's3:ObjectCreated:*'}\n"
      "      - sns: topic\n"
      "      - eventBridge: {pattern: {source: [shop]}}\n"
      "      - schedule: rate(5 minutes)\n"
      "      - alb: {listenerArn: x, priority: 1, conditions: {path: /c}}\n"
      "      - websocket: $connect\n"
      "      - cloudwatchLog: /aws/lambda/x\n"
      "      - iot: {sql: \"SELECT * FROM 'x'\"}\n"
      "      - cognitoUserPool: {pool: users, trigger: PreSignUp}\n");
  const model::Function& a = b.fn("a");
  std::vector<TKind> kinds;
  for (const model::Trigger& t : a.triggers) kinds.push_back(t.kind);
  EXPECT_EQ(kinds, (std::vector<TKind>{TKind::Api, TKind::HttpApi, TKind::Sqs, TKind::DynamoDb,
                                       TKind::Kinesis, TKind::S3, TKind::Sns, TKind::EventBridge,
                                       TKind::Schedule, TKind::Alb, TKind::WebSocket,
                                       TKind::CloudWatchLogs, TKind::IoT, TKind::Cognito}));
  EXPECT_EQ(a.triggers[0].where.range.begin.line, 12u);
  EXPECT_EQ(a.triggers[0].where.range.begin.column, 9u);
  EXPECT_EQ(a.triggers[0].name, "GET /a");
  EXPECT_EQ(a.triggers[1].name, "POST /b");
  EXPECT_EQ(a.triggers[5].name, "uploads");
  EXPECT_EQ(a.deadLetterTarget.text, "arn:aws:sqs:eu-west-1:111111111111:dlq");
  EXPECT_EQ(a.onFailureDestination.text, "arn:aws:sqs:eu-west-1:111111111111:failed");
}

TEST(ServerlessAnalysis, TheSameRulesReportTheSameProblems) {
  AnalysisResult r = analyzeText(
      "svc/serverless.yml",
      "service: shop\n"
      "provider:\n"
      "  name: aws\n"
      "  timeout: 60\n"
      "  memorySize: 512\n"
      "  tracing: {lambda: true}\n"
      "  environment:\n"
      "    DB_PASSWORD: ${ssm:/prod/db/password}\n"
      "functions:\n"
      "  api:\n"
      "    handler: api.handler\n"
      "    events:\n"
      "      - http: GET /\n");
  // The timeout behind an API is reported; the ${ssm:} reference is not a plain-text secret.
  std::vector<std::string> ids;
  for (const Finding& f : r.findings.all())
    if (f.ruleId == "REL003" || f.ruleId == "SEC003") ids.push_back(f.ruleId);
  EXPECT_EQ(ids, (std::vector<std::string>{"REL003"}));
  ASSERT_EQ(r.filesAnalysed.size(), 1u);
  EXPECT_EQ(r.functionCount, 1u);
}

}  // namespace

namespace {

TEST(ServerlessVariables, FanOutOfSelfReferencesStaysCheap) {
  std::string text = "service: x\ncustom:\n  v0: a\n";
  for (int i = 1; i <= 40; ++i)
    text += "  v" + std::to_string(i) + ": ${self:custom.v" + std::to_string(i - 1) +
            "}${self:custom.v" + std::to_string(i - 1) + "}\n";
  text += "provider:\n  name: aws\n  environment:\n    BIG: ${self:custom.v40}\n"
          "functions:\n  a: {handler: a.h}\n";
  Built b = build(text);
  EXPECT_NE(b.env("a", "BIG").value.kind, Kind::Literal);  // gave up, did not hang
}

}  // namespace

namespace {

TEST(ServerlessRecognition, OddShapesAreReadWithoutCrashing) {
  for (const char* text : {
           "service: x\nprovider: aws\nfunctions: [1, 2]\n",
           "service: x\nprovider: [aws]\nfunctions:\n  a:\n",
           "service: x\nprovider: {name: aws, iam: {role: [1]}, vpc: 3, environment: [a]}\n"
           "functions:\n  a: {events: {http: x}, vpc: {subnetIds: 1}, destinations: 1}\n",
           "service: x\nprovider: {name: aws}\nfunctions:\n  a: {events: [[1], null, {}, {sns: {}}]}\n",
           "service: x\nprovider: {name: aws, timeout: '${self:}'}\nfunctions: ${self:functions}\n",
           "service: x\nprovider: {name: aws, runtime: '${self:provider.runtime'}\n"
           "functions: {a: {handler: '${}${,}${self:custom.0.1}'}}\nresources: [1, {Resources: 2}]\n",
       }) {
    AnalysisResult r = analyzeText("serverless.yml", text);
    EXPECT_LE(r.functionCount, 2u) << text;
  }
}

}  // namespace

namespace {

TEST(ServerlessResources, CloudFormationResourcesJoinTheSameProject) {
  Built b = build(
      "service: shop\n"
      "provider: {name: aws, runtime: nodejs20.x, iam: {role: SharedRole}}\n"
      "functions:\n"
      "  a: {handler: a.handler}\n"
      "resources:\n"
      "  Resources:\n"
      "    SharedRole: {Type: AWS::IAM::Role}\n"
      "    Legacy:\n"                                       // 8
      "      Type: AWS::Lambda::Function\n"
      "      Properties:\n"
      "        Runtime: python3.12\n"
      "        Handler: legacy.handler\n"
      "        Role: !GetAtt SharedRole.Arn\n"
      "        Code: {ZipFile: 'def handler(e, c): pass'}\n"
      "    Topic:\n"
      "      Type: AWS::SNS::Topic\n"
      "      Properties:\n"
      "        Subscription: [{Protocol: lambda, Endpoint: !GetAtt Legacy.Arn}]\n");
  ASSERT_EQ(b.project->functions.size(), 2u);
  const model::Function& legacy = b.fn("Legacy");
  EXPECT_EQ(legacy.source, "cloudformation");
  EXPECT_EQ(legacy.where.range.begin.line, 8u);
  ASSERT_EQ(legacy.triggers.size(), 1u);
  EXPECT_EQ(legacy.triggers[0].kind, TKind::Sns);
  ASSERT_NE(b.fn("a").role, nullptr);
  EXPECT_EQ(b.fn("a").role, legacy.role);  // `role: SharedRole` is the resource's logical id
  EXPECT_EQ(legacy.role->id, "SharedRole");
  EXPECT_EQ(b.fn("a").code.text, ".");     // handlers are paths from the service's folder
}

}  // namespace

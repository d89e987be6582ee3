// The CloudFormation/SAM frontend: template recognition, intrinsic resolution, SAM Globals,
// roles and policies, triggers.
#include <gtest/gtest.h>

#include <map>
#include <utility>
#include <vector>

#include "frontends/cloudformation/template.hpp"
#include "lambdalint/document/parse.hpp"
#include "lambdalint/frontends/cloudformation.hpp"

using namespace lambdalint;
namespace cfn = lambdalint::frontends::cloudformation;
using Kind = model::Value::Kind;

namespace {

struct Built {
  std::unique_ptr<doc::Document> doc;
  std::unique_ptr<model::Project> project;
  const model::Function& fn(std::string_view id) const {
    for (const auto& f : project->functions)
      if (f.id == id) return f;
    throw std::runtime_error("no function " + std::string(id));
  }
};

Built build(std::string text) {
  Built b;
  b.doc = doc::parseDocument(std::make_shared<SourceFile>("t.yaml", std::move(text)));
  EXPECT_FALSE(b.doc->failed());
  b.project = cfn::buildProject(*b.doc);
  return b;
}

std::unique_ptr<doc::Document> parse(std::string text) {
  return doc::parseDocument(std::make_shared<SourceFile>("t.yaml", std::move(text)));
}

TEST(Recognition, TemplatesAreRecognisedByContent) {
  EXPECT_TRUE(cfn::looksLikeTemplate(parse("AWSTemplateFormatVersion: '2010-09-09'\n")->root()));
  EXPECT_TRUE(cfn::looksLikeTemplate(parse("Transform: AWS::Serverless-2016-10-31\n")->root()));
  EXPECT_TRUE(cfn::looksLikeTemplate(
      parse("Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\n")->root()));
  EXPECT_TRUE(cfn::looksLikeTemplate(parse("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n")->root()));
  // OpenAPI documents, buildspecs, Kubernetes manifests and serverless.yml are not templates.
  EXPECT_FALSE(cfn::looksLikeTemplate(parse("openapi: 3.0.0\npaths: {}\n")->root()));
  EXPECT_FALSE(cfn::looksLikeTemplate(parse("version: 0.2\nphases: {}\n")->root()));
  EXPECT_FALSE(cfn::looksLikeTemplate(
      parse("service: x\nresources:\n  Resources:\n    Q:\n      Type: AWS::SQS::Queue\n")->root()));
  EXPECT_FALSE(cfn::looksLikeTemplate(parse("Resources:\n  Q:\n    Type: Custom::Thing\n")->root()));
}

TEST(Intrinsics, RefGetAttAndSubResolveWithoutGuessing) {
  auto doc = parse(
      "Parameters:\n"
      "  Stage: {Type: String, Default: prod}\n"
      "  Secret: {Type: String, NoEcho: true}\n"
      "Resources:\n"
      "  Table: {Type: AWS::DynamoDB::Table}\n"
      "Outputs:\n"
      "  a: {Value: !Ref Stage}\n"
      "  b: {Value: !Ref Secret}\n"
      "  c: {Value: !Ref Table}\n"
      "  d: {Value: !GetAtt Table.StreamArn}\n"
      "  e: {Value: {\"Fn::GetAtt\": \"Table.Arn\"}}\n"
      "  f: {Value: !Sub \"plain text\"}\n"
      "  g: {Value: !Sub \"${Stage}-orders\"}\n"
      "  h: {Value: !Sub \"cost ${!Literal}\"}\n"
      "  i: {Value: \"{{resolve:secretsmanager:db:SecretString:password}}\"}\n"
      "  j: {Value: !Ref AWS::Region}\n"
      "  k: {Value: !ImportValue shared}\n"
      "  l: {Value: !Ref Missing}\n");
  cfn::Template tpl(*doc->root());
  auto v = [&](const char* out) { return tpl.value(doc->root()->get("Outputs")->get(out)->get("Value")); };

  EXPECT_EQ(v("a").kind, Kind::ParameterRef);
  EXPECT_TRUE(v("a").hasDefault);
  EXPECT_EQ(v("a").effectiveText(), "prod");
  EXPECT_FALSE(v("a").sensitive);
  EXPECT_TRUE(v("b").sensitive);
  EXPECT_FALSE(v("b").effectiveText());
  EXPECT_EQ(v("c").kind, Kind::ResourceRef);
  EXPECT_EQ(v("c").name, "Table");
  EXPECT_EQ(v("d").kind, Kind::ResourceRef);
  EXPECT_EQ(v("d").attribute, "StreamArn");
  EXPECT_EQ(v("e").attribute, "Arn");
  EXPECT_EQ(v("f").kind, Kind::Literal);
  EXPECT_EQ(v("f").text, "plain text");
  EXPECT_EQ(v("g").kind, Kind::Unknown);
  EXPECT_EQ(v("g").text, "${Stage}-orders");
  EXPECT_EQ(v("h").kind, Kind::Literal);
  EXPECT_EQ(v("h").text, "cost ${Literal}");
  EXPECT_EQ(v("i").kind, Kind::Dynamic);
  EXPECT_EQ(v("j").kind, Kind::Unknown);
  EXPECT_EQ(v("k").kind, Kind::Unknown);
  EXPECT_EQ(v("l").kind, Kind::Unknown);
  EXPECT_EQ(v("a").where.range.begin.line, 7u);
}

TEST(Intrinsics, SubJoinFindInMapAndSelectResolveWhenEveryPartIsWritten) {
  auto doc = parse(
      "Parameters:\n"
      "  Stage: {Type: String, Default: prod}\n"
      "Mappings:\n"
      "  Sizes:\n"
      "    prod: {Timeout: 60}\n"
      "Resources:\n"
      "  Queue: {Type: AWS::SQS::Queue}\n"
      "Outputs:\n"
      "  a: {Value: !Sub ['${Name}-orders', {Name: shop}]}\n"
      "  b: {Value: !Sub ['${Name}-${Stage}', {Name: shop}]}\n"
      "  c: {Value: !Join ['-', [shop, orders, '1']]}\n"
      "  d: {Value: !Join ['', ['arn:', !Ref 'AWS::Partition', ':iam::aws:policy/ReadOnlyAccess']]}\n"
      "  e: {Value: !FindInMap [Sizes, prod, Timeout]}\n"
      "  f: {Value: !FindInMap [Sizes, !Ref Stage, Timeout]}\n"
      "  g: {Value: !FindInMap [Sizes, test, Timeout]}\n"
      "  h: {Value: !Select [1, [a, !GetAtt Queue.Arn]]}\n"
      "  i: {Value: !Select [5, [a]]}\n"
      "  j: {Value: !Join ['', [!Sub '${Name}', x]]}\n");
  cfn::Template tpl(*doc->root());
  auto v = [&](const char* out) { return tpl.value(doc->root()->get("Outputs")->get(out)->get("Value")); };
  EXPECT_EQ(v("a").kind, Kind::Literal);
  EXPECT_EQ(v("a").text, "shop-orders");
  EXPECT_EQ(v("b").kind, Kind::Unknown);  // Stage is chosen at deploy time
  EXPECT_EQ(v("b").text, "shop-${Stage}");
  EXPECT_EQ(v("c").kind, Kind::Literal);
  EXPECT_EQ(v("c").text, "shop-orders-1");
  EXPECT_EQ(v("d").kind, Kind::Unknown);
  EXPECT_EQ(v("d").text, "arn:${AWS::Partition}:iam::aws:policy/ReadOnlyAccess");
  EXPECT_EQ(v("e").kind, Kind::Literal);
  EXPECT_EQ(v("e").text, "60");
  EXPECT_EQ(v("e").where.range.begin.line, 5u);  // located in Mappings
  EXPECT_EQ(v("f").kind, Kind::Unknown);         // never guessed from the parameter default
  EXPECT_EQ(v("g").kind, Kind::Unknown);
  EXPECT_EQ(v("h").kind, Kind::ResourceRef);
  EXPECT_EQ(v("h").name, "Queue");
  EXPECT_EQ(v("i").kind, Kind::Unknown);
  EXPECT_EQ(v("j").kind, Kind::Unknown);
}

TEST(Intrinsics, FnIfKeepsEachBranchWithTheConditionThatSelectsIt) {
  auto doc = parse(
      "Conditions:\n"
      "  IsProd: !Equals [!Ref 'AWS::AccountId', '1']\n"
      "  IsBig: !Equals [!Ref 'AWS::Region', us-east-1]\n"
      "Outputs:\n"
      "  a: {Value: !If [IsProd, 30, !Ref 'AWS::NoValue']}\n"
      "  b:\n"
      "    Value: !If\n"
      "      - IsProd\n"
      "      - !If [IsBig, 60, 45]\n"
      "      - 10\n"
      "  c: {Value: !If [IsProd, 1]}\n");
  cfn::Template tpl(*doc->root());
  auto v = [&](const char* out) { return tpl.value(doc->root()->get("Outputs")->get(out)->get("Value")); };
  const model::Value a = v("a");
  ASSERT_TRUE(a.conditional());
  ASSERT_EQ(a.branches.size(), 2u);
  EXPECT_EQ(a.branches[0].text, "30");
  EXPECT_EQ(a.branches[0].whenText(), "when condition `IsProd` is true");
  EXPECT_FALSE(a.branches[1].present());  // AWS::NoValue: the property is not set
  EXPECT_EQ(a.branches[1].where.range.begin.line, 5u);
  EXPECT_EQ(a.branches[1].whenText(), "when condition `IsProd` is false");

  const model::Value b = v("b");
  ASSERT_EQ(b.branches.size(), 3u);  // nested Fn::If flattened into its leaves
  EXPECT_EQ(b.branches[0].text, "60");
  EXPECT_EQ(b.branches[0].whenText(), "when condition `IsProd` is true and condition `IsBig` is true");
  EXPECT_EQ(b.branches[1].text, "45");
  EXPECT_EQ(b.branches[2].text, "10");
  EXPECT_EQ(b.branches[2].where.range.begin.line, 10u);
  EXPECT_EQ(b.alternatives().size(), 3u);

  const model::Value c = v("c");  // malformed: opaque, never a crash
  EXPECT_EQ(c.kind, Kind::Unknown);
  EXPECT_FALSE(c.conditional());
  EXPECT_EQ(c.alternatives().size(), 1u);
}

TEST(SamGlobals, FunctionValuesWinAndGlobalsKeepTheirPositions) {
  Built b = build(
      "Transform: AWS::Serverless-2016-10-31\n"
      "Globals:\n"
      "  Function:\n"
      "    Timeout: 10\n"
      "    Runtime: python3.12\n"
      "    Environment:\n"
      "      Variables: {TABLE: orders, STAGE: dev}\n"
      "    Layers: [arn:layer:one]\n"
      "Resources:\n"
      "  Fn:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties:\n"
      "      Timeout: 30\n"
      "      Environment:\n"
      "        Variables: {STAGE: prod, EXTRA: x}\n"
      "  Other:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties:\n"
      "      Runtime: !Ref AWS::NoValue\n");
  const model::Function& fn = b.fn("Fn");
  EXPECT_EQ(fn.timeout.text, "30");
  EXPECT_EQ(fn.timeout.where.range.begin.line, 13u);
  EXPECT_EQ(fn.runtime.text, "python3.12");
  EXPECT_EQ(fn.runtime.where.range.begin.line, 5u);  // from Globals
  std::map<std::string, std::string> env;
  for (const auto& e : fn.environment) env[e.name] = e.value.text;
  EXPECT_EQ(env, (std::map<std::string, std::string>{{"TABLE", "orders"}, {"STAGE", "prod"}, {"EXTRA", "x"}}));
  const model::Function& other = b.fn("Other");
  EXPECT_EQ(other.timeout.text, "10");
  // An intrinsic replaces the global value, never merges with it; AWS::NoValue then removes
  // the property, so no runtime is set, and where it was removed is kept.
  EXPECT_FALSE(other.runtime.present());
  EXPECT_EQ(other.runtime.where.range.begin.line, 19u);
}

TEST(SamGlobals, ListsAreConcatenatedGlobalsFirst) {
  Built b = build(
      "Transform: AWS::Serverless-2016-10-31\n"
      "Globals:\n"
      "  Function:\n"
      "    VpcConfig:\n"
      "      SubnetIds: [subnet-a]\n"
      "Resources:\n"
      "  Fn:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties:\n"
      "      VpcConfig:\n"
      "        SubnetIds: [subnet-b]\n"
      "        SecurityGroupIds: [sg-1]\n");
  const auto& vpc = b.fn("Fn").vpc;
  ASSERT_TRUE(vpc);
  ASSERT_EQ(vpc->subnets.size(), 2u);
  EXPECT_EQ(vpc->subnets[0].text, "subnet-a");
  EXPECT_EQ(vpc->subnets[1].text, "subnet-b");
  EXPECT_TRUE(vpc->securityGroupsSet);
}

TEST(SamGlobals, SettingsAreReadWithGlobalsMerged) {
  Built b = build(
      "Transform: AWS::Serverless-2016-10-31\n"
      "Globals:\n"
      "  Function:\n"
      "    Layers: [arn:layer:shared]\n"
      "    Architectures: [arm64]\n"
      "    AutoPublishAlias: live\n"
      "    EventInvokeConfig:\n"
      "      MaximumRetryAttempts: 1\n"
      "      DestinationConfig: {OnFailure: {Type: SQS}}\n"
      "Resources:\n"
      "  Fn:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties:\n"
      "      PackageType: Image\n"
      "      ImageUri: repo/app:1\n"
      "      Layers: [arn:layer:own]\n"
      "      SnapStart: {ApplyOn: PublishedVersions}\n"
      "      RuntimeManagementConfig: {UpdateRuntimeOn: Manual, RuntimeVersionArn: arn:rt}\n"
      "      ReservedConcurrentExecutions: 5\n"
      "      ProvisionedConcurrencyConfig: {ProvisionedConcurrentExecutions: 2}\n"
      "      DeploymentPreference:\n"
      "        Type: Canary10Percent5Minutes\n"
      "        Alarms: [!Ref ErrorsAlarm]\n"
      "        Hooks: {PreTraffic: !Ref PreHook}\n"
      "      EventInvokeConfig:\n"
      "        DestinationConfig: {OnFailure: {Type: SNS, Destination: arn:sns:topic}}\n"
      "      FunctionUrlConfig:\n"
      "        AuthType: NONE\n"
      "        Cors: {AllowOrigins: ['*']}\n"
      "  Inline:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties:\n"
      "      InlineCode: \"def handler(e, c): pass\"\n");
  const model::Function& fn = b.fn("Fn");
  EXPECT_EQ(fn.imageUri.text, "repo/app:1");
  ASSERT_EQ(fn.layers.size(), 2u);  // SAM prepends the Globals list
  EXPECT_EQ(fn.layers[0].text, "arn:layer:shared");
  EXPECT_EQ(fn.layers[0].where.range.begin.line, 4u);
  EXPECT_EQ(fn.layers[1].text, "arn:layer:own");
  ASSERT_EQ(fn.architectures.size(), 1u);
  EXPECT_EQ(fn.architectures[0].text, "arm64");
  EXPECT_EQ(fn.autoPublishAlias.text, "live");
  EXPECT_EQ(fn.snapStart.text, "PublishedVersions");
  EXPECT_EQ(fn.runtimeUpdateMode.text, "Manual");
  EXPECT_EQ(fn.runtimeVersionArn.text, "arn:rt");
  EXPECT_EQ(fn.reservedConcurrency.text, "5");
  EXPECT_EQ(fn.provisionedConcurrency.text, "2");
  ASSERT_TRUE(fn.deploymentPreference);
  EXPECT_EQ(fn.deploymentPreference->type.text, "Canary10Percent5Minutes");
  ASSERT_EQ(fn.deploymentPreference->alarms.size(), 1u);
  EXPECT_EQ(fn.deploymentPreference->preTrafficHook.name, "PreHook");
  // Maps merge: the retry count from Globals, the destination from the function.
  ASSERT_TRUE(fn.asyncInvoke);
  EXPECT_EQ(fn.asyncInvoke->maximumRetryAttempts.text, "1");
  EXPECT_EQ(fn.asyncInvoke->maximumRetryAttempts.where.range.begin.line, 8u);
  EXPECT_EQ(fn.asyncInvoke->onFailure.text, "arn:sns:topic");
  EXPECT_EQ(fn.onFailureDestination.text, "arn:sns:topic");
  ASSERT_TRUE(fn.url);
  EXPECT_EQ(fn.url->authType.text, "NONE");
  EXPECT_TRUE(fn.url->corsSet);
  ASSERT_EQ(fn.url->allowOrigins.size(), 1u);

  const model::Function& inl = b.fn("Inline");
  EXPECT_EQ(inl.inlineCode.text, "def handler(e, c): pass");
  EXPECT_EQ(inl.onFailureDestination.text, "SQS");  // SAM creates the queue from the Type
  EXPECT_EQ(inl.layers.size(), 1u);
}

TEST(Roles, TemplateRolesAreSharedAndCollectTheirPolicies) {
  Built b = build(
      "Resources:\n"
      "  Role:\n"
      "    Type: AWS::IAM::Role\n"
      "    Properties:\n"
      "      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess, !Ref Managed]\n"
      "      Policies:\n"
      "        - PolicyName: inline\n"
      "          PolicyDocument:\n"
      "            Statement:\n"
      "              - {Effect: Allow, Action: s3:GetObject, Resource: '*'}\n"
      "              - {Effect: Deny, NotAction: [s3:*], NotResource: arn:x}\n"
      "  Managed:\n"
      "    Type: AWS::IAM::ManagedPolicy\n"
      "    Properties:\n"
      "      PolicyDocument: {Statement: [{Effect: Allow, Action: '*', Resource: '*'}]}\n"
      "  Extra:\n"
      "    Type: AWS::IAM::Policy\n"
      "    Properties:\n"
      "      Roles: [!Ref Role]\n"
      "      PolicyDocument: {Statement: {Effect: Allow, Action: [sqs:SendMessage], Resource: '*'}}\n"
      "  A:\n"
      "    Type: AWS::Lambda::Function\n"
      "    Properties: {Role: !GetAtt Role.Arn}\n"
      "  B:\n"
      "    Type: AWS::Lambda::Function\n"
      "    Properties: {Role: !GetAtt [Role, Arn]}\n"
      "  C:\n"
      "    Type: AWS::Lambda::Function\n"
      "    Properties: {Role: 'arn:aws:iam::123456789012:role/shared'}\n"
      "  D:\n"
      "    Type: AWS::Lambda::Function\n"
      "    Properties: {Role: 'arn:aws:iam::123456789012:role/shared'}\n");
  const model::Role* role = b.fn("A").role;
  ASSERT_TRUE(role);
  EXPECT_EQ(role, b.fn("B").role);
  EXPECT_EQ(role->id, "Role");
  EXPECT_EQ(role->where.range.begin.line, 2u);
  ASSERT_EQ(role->policies.size(), 4u);
  using Origin = model::Policy::Origin;
  EXPECT_EQ(role->policies[0].origin, Origin::Inline);
  ASSERT_EQ(role->policies[0].statements.size(), 2u);
  EXPECT_TRUE(role->policies[0].statements[0].allow);
  const auto& deny = role->policies[0].statements[1];
  EXPECT_FALSE(deny.allow);
  EXPECT_TRUE(deny.notAction);
  EXPECT_TRUE(deny.notResource);
  EXPECT_EQ(role->policies[1].origin, Origin::AwsManaged);
  EXPECT_EQ(role->policies[1].managedArn.text, "arn:aws:iam::aws:policy/AdministratorAccess");
  int attached = 0;
  for (const auto& p : role->policies) attached += p.origin == Origin::Attached;
  EXPECT_EQ(attached, 2);  // the ManagedPolicy by ARN and the Policy naming the role

  ASSERT_TRUE(b.fn("C").role);
  EXPECT_TRUE(b.fn("C").role->external);
  EXPECT_EQ(b.fn("C").role, b.fn("D").role);
}

TEST(Roles, SamFunctionsWithoutRoleGetTheirOwnImplicitRole) {
  Built b = build(
      "Transform: AWS::Serverless-2016-10-31\n"
      "Resources:\n"
      "  Fn:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties:\n"
      "      Policies:\n"
      "        - AmazonS3ReadOnlyAccess\n"
      "        - DynamoDBCrudPolicy: {TableName: !Ref Table}\n"
      "        - Statement: [{Effect: Allow, Action: 'sqs:*', Resource: '*'}]\n"
      "  Fn2:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties: {Policies: AWSLambdaBasicExecutionRole}\n");
  const model::Role* role = b.fn("Fn").role;
  ASSERT_TRUE(role);
  EXPECT_TRUE(role->implicit);
  EXPECT_EQ(role->id, "FnRole");
  ASSERT_EQ(role->policies.size(), 3u);
  EXPECT_EQ(role->policies[0].managedArn.text, "AmazonS3ReadOnlyAccess");
  EXPECT_EQ(role->policies[1].origin, model::Policy::Origin::PolicyTemplate);
  EXPECT_EQ(role->policies[1].name, "DynamoDBCrudPolicy");
  EXPECT_EQ(role->policies[2].statements.at(0).actions.at(0).text, "sqs:*");
  EXPECT_NE(b.fn("Fn2").role, role);
  EXPECT_EQ(b.fn("Fn2").role->policies.size(), 1u);
}

TEST(Roles, EveryBranchOfAConditionalPolicyCounts) {
  Built b = build(
      "Transform: AWS::Serverless-2016-10-31\n"
      "Conditions:\n"
      "  IsProd: !Equals [!Ref 'AWS::AccountId', '1']\n"
      "Resources:\n"
      "  Fn:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties:\n"
      "      Policies:\n"
      "        - !If [IsProd, AWSLambdaBasicExecutionRole, !Ref 'AWS::NoValue']\n"
      "        - Statement:\n"
      "            - Effect: Allow\n"
      "              Action: !If [IsProd, 's3:GetObject', 's3:*']\n"
      "              Resource: '*'\n"
      "            - !If\n"
      "              - IsProd\n"
      "              - {Effect: Allow, Action: 'sqs:SendMessage', Resource: '*'}\n"
      "              - !Ref 'AWS::NoValue'\n");
  const model::Role* role = b.fn("Fn").role;
  ASSERT_TRUE(role);
  ASSERT_EQ(role->policies.size(), 2u);
  EXPECT_EQ(role->policies[0].origin, model::Policy::Origin::AwsManaged);
  EXPECT_TRUE(role->policies[0].expanded);
  const auto& statements = role->policies[1].statements;
  ASSERT_EQ(statements.size(), 2u);
  ASSERT_EQ(statements[0].actions.size(), 2u);  // both branches of the action
  EXPECT_EQ(statements[0].actions[0].text, "s3:GetObject");
  EXPECT_EQ(statements[0].actions[1].text, "s3:*");
  EXPECT_EQ(statements[1].actions.at(0).text, "sqs:SendMessage");
}

TEST(Triggers, SamEventsAndCloudFormationResourcesBecomeTriggers) {
  Built b = build(
      "Resources:\n"
      "  Sam:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties:\n"
      "      Events:\n"
      "        Get: {Type: Api}\n"
      "        Upload: {Type: S3}\n"
      "        Jobs: {Type: SQS}\n"
      "      FunctionUrlConfig: {AuthType: AWS_IAM}\n"
      "  Plain:\n"
      "    Type: AWS::Lambda::Function\n"
      "    Properties: {Role: arn:aws:iam::1:role/x}\n"
      "  Perm:\n"
      "    Type: AWS::Lambda::Permission\n"
      "    Properties: {FunctionName: !Ref Plain, Principal: sns.amazonaws.com, Action: lambda:InvokeFunction}\n"
      "  Rule:\n"
      "    Type: AWS::Events::Rule\n"
      "    Properties: {ScheduleExpression: rate(1 hour), Targets: [{Id: t, Arn: !GetAtt Plain.Arn}]}\n"
      "  Queue: {Type: AWS::SQS::Queue}\n"
      "  Mapping:\n"
      "    Type: AWS::Lambda::EventSourceMapping\n"
      "    Properties: {FunctionName: !Ref Plain, EventSourceArn: !GetAtt Queue.Arn}\n"
      "  Version:\n"
      "    Type: AWS::Lambda::Version\n"
      "    Properties: {FunctionName: !Ref Plain}\n"
      "  Live:\n"
      "    Type: AWS::Lambda::Alias\n"
      "    Properties: {FunctionName: !Ref Plain, FunctionVersion: !GetAtt Version.Version, Name: live}\n"
      "  Invoke:\n"
      "    Type: AWS::Lambda::EventInvokeConfig\n"
      "    Properties:\n"
      "      FunctionName: !Ref Plain\n"
      "      Qualifier: $LATEST\n"
      "      DestinationConfig: {OnFailure: {Destination: !GetAtt Queue.Arn}}\n");
  using K = model::Trigger::Kind;
  using M = model::Trigger::Mode;
  const auto& sam = b.fn("Sam").triggers;
  ASSERT_EQ(sam.size(), 4u);
  EXPECT_EQ(sam[0].kind, K::Api);
  EXPECT_EQ(sam[0].mode(), M::Synchronous);
  EXPECT_EQ(sam[0].where.range.begin.line, 6u);
  EXPECT_EQ(sam[1].kind, K::S3);
  EXPECT_EQ(sam[1].mode(), M::Asynchronous);
  EXPECT_EQ(sam[2].mode(), M::Poll);
  EXPECT_EQ(sam[3].kind, K::FunctionUrl);

  const model::Function& plain = b.fn("Plain");
  ASSERT_EQ(plain.triggers.size(), 3u);
  EXPECT_EQ(plain.triggers[0].kind, K::Schedule);
  EXPECT_EQ(plain.triggers[1].kind, K::Sqs);
  EXPECT_EQ(plain.triggers[2].kind, K::Sns);  // permissions come last
  EXPECT_EQ(plain.triggers[2].where.range.begin.line, 13u);
  EXPECT_EQ(plain.onFailureDestination.kind, Kind::ResourceRef);
  EXPECT_EQ(plain.onFailureDestination.name, "Queue");
  EXPECT_EQ(plain.versions, std::vector<std::string>{"Version"});
  EXPECT_EQ(plain.aliases, std::vector<std::string>{"Live"});
}

TEST(Triggers, EverySamEventTypeHasItsKindAndSource) {
  Built b = build(
      "Transform: AWS::Serverless-2016-10-31\n"
      "Resources:\n"
      "  Queue: {Type: AWS::SQS::Queue}\n"
      "  Topic: {Type: AWS::SNS::Topic}\n"
      "  Fn:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties:\n"
      "      Events:\n"
      "        A: {Type: Api, Properties: {Path: /a, Method: get, Auth: {Authorizer: NONE}}}\n"
      "        B: {Type: HttpApi}\n"
      "        C:\n"
      "          Type: SQS\n"
      "          Properties:\n"
      "            Queue: !GetAtt Queue.Arn\n"
      "            BatchSize: 10\n"
      "            FunctionResponseTypes: [ReportBatchItemFailures]\n"
      "        D: {Type: Kinesis, Properties: {Stream: arn:kinesis, StartingPosition: LATEST, DestinationConfig: {OnFailure: {Destination: arn:sqs:dlq}}}}\n"
      "        E: {Type: DynamoDB, Properties: {Stream: arn:ddb, BisectBatchOnFunctionError: true}}\n"
      "        F: {Type: S3, Properties: {Bucket: !Ref Bucket}}\n"
      "        G: {Type: SNS, Properties: {Topic: !Ref Topic}}\n"
      "        H: {Type: SNS, Properties: {Topic: !Ref Topic, SqsSubscription: {BatchSize: 5}}}\n"
      "        I: {Type: EventBridgeRule}\n"
      "        J: {Type: CloudWatchEvent}\n"
      "        K: {Type: Schedule}\n"
      "        L: {Type: ScheduleV2}\n"
      "        M: {Type: CloudWatchLogs}\n"
      "        N: {Type: IoTRule}\n"
      "        O: {Type: Cognito}\n"
      "        P: {Type: MSK}\n"
      "        Q: {Type: SelfManagedKafka}\n"
      "        R: {Type: MQ}\n"
      "        S: {Type: AlexaSkill}\n"
      "        T: {Type: DocumentDB}\n"
      "  Bucket: {Type: AWS::S3::Bucket}\n");
  using K = model::Trigger::Kind;
  const auto& t = b.fn("Fn").triggers;
  ASSERT_EQ(t.size(), 20u);
  const std::vector<K> kinds = {K::Api, K::HttpApi, K::Sqs, K::Kinesis, K::DynamoDb, K::S3,
                                K::Sns, K::Sqs, K::EventBridge, K::EventBridge, K::Schedule,
                                K::Schedule, K::CloudWatchLogs, K::IoT, K::Cognito, K::Msk,
                                K::Msk, K::MQ, K::Other, K::DocumentDb};
  for (size_t i = 0; i < kinds.size(); ++i) EXPECT_EQ(t[i].kind, kinds[i]) << t[i].name;
  EXPECT_EQ(t[0].authorizer.text, "NONE");
  EXPECT_EQ(t[0].path.text, "/a");
  EXPECT_EQ(t[2].sourceId, "Queue");
  EXPECT_EQ(t[2].batchSize.text, "10");
  EXPECT_TRUE(t[2].reportBatchItemFailures);
  EXPECT_EQ(t[3].startingPosition.text, "LATEST");
  EXPECT_EQ(t[3].onFailureDestination.text, "arn:sqs:dlq");
  EXPECT_EQ(t[4].bisectOnError.text, "true");
  EXPECT_EQ(t[5].sourceId, "Bucket");
  EXPECT_EQ(t[6].sourceId, "Topic");
  EXPECT_EQ(t[6].mode(), model::Trigger::Mode::Asynchronous);
  // SqsSubscription: SAM puts a queue between the topic and the function, which polls it.
  EXPECT_EQ(t[7].mode(), model::Trigger::Mode::Poll);
  EXPECT_EQ(t[7].batchSize.text, "5");
}

TEST(Triggers, ApiEventsWithoutAnAuthorizerGetTheirApisDefault) {
  Built b = build(
      "Transform: AWS::Serverless-2016-10-31\n"
      "Globals:\n"
      "  Api:\n"
      "    Auth: {DefaultAuthorizer: Cognito, Authorizers: {Cognito: {UserPoolArn: arn:pool}}}\n"
      "Resources:\n"
      "  Http:\n"
      "    Type: AWS::Serverless::HttpApi\n"
      "    Properties: {Auth: {DefaultAuthorizer: Jwt, Authorizers: {Jwt: {}}}}\n"
      "  Fn:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties:\n"
      "      Events:\n"
      "        Implicit: {Type: Api, Properties: {Path: /a, Method: get}}\n"
      "        Open: {Type: Api, Properties: {Path: /b, Method: get, Auth: {Authorizer: NONE}}}\n"
      "        OnHttp: {Type: HttpApi, Properties: {ApiId: !Ref Http}}\n");
  const auto& t = b.fn("Fn").triggers;
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].authorizer.text, "Cognito");
  EXPECT_EQ(t[0].authorizer.where.range.begin.line, 4u);
  EXPECT_EQ(t[1].authorizer.text, "NONE");
  EXPECT_EQ(t[2].authorizer.text, "Jwt");
  bool implicitRest = false;
  for (const auto& api : b.project->apis) implicitRest |= api.implicit && api.id == "ServerlessRestApi";
  EXPECT_TRUE(implicitRest);
}

TEST(NotAnalysed, NestedTemplatesTransformsAndLoopsAreListed) {
  Built b = build(
      "Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31, AWS::SecretsManager-2020-07-23]\n"
      "Resources:\n"
      "  Remote:\n"
      "    Type: AWS::Serverless::Application\n"
      "    Properties: {Location: {ApplicationId: arn:app, SemanticVersion: 1.0.0}}\n"
      "  Local:\n"
      "    Type: AWS::Serverless::Application\n"
      "    Properties: {Location: ./auth.yaml}\n"
      "  Stack:\n"
      "    Type: AWS::CloudFormation::Stack\n"
      "    Properties: {TemplateURL: !Sub 'https://${Bucket}.s3.amazonaws.com/n.yaml'}\n"
      "  LocalStack:\n"
      "    Type: AWS::CloudFormation::Stack\n"
      "    Properties: {TemplateURL: nested/n.yaml}\n"
      "  Fn::ForEach::Topics:\n"
      "    - Name\n"
      "    - [A, B]\n"
      "    - ${Name}Topic: {Type: AWS::SNS::Topic}\n"
      "  Fn:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties:\n"
      "      Environment: {'Fn::Transform': {Name: AWS::Include, Parameters: {Location: s3://b/k}}}\n");
  std::vector<std::pair<std::string, uint32_t>> seen;
  for (const auto& n : b.project->notAnalysed) {
    seen.emplace_back(n.what + (n.id.empty() ? "" : " " + n.id), n.where.range.begin.line);
    EXPECT_FALSE(n.why.empty()) << n.what;
  }
  EXPECT_EQ(seen, (std::vector<std::pair<std::string, uint32_t>>{
                      {"transform `AWS::SecretsManager-2020-07-23`", 1u},
                      {"nested application Remote", 3u},
                      {"nested stack Stack", 9u},
                      {"Fn::ForEach loop `Topics`", 15u},
                      {"AWS::Include transform", 22u}}));
}

TEST(Triggers, PermissionsForAKnownSourceAddNothingAndNameTheApiKind) {
  Built b = build(
      "Resources:\n"
      "  Fn:\n"
      "    Type: AWS::Lambda::Function\n"
      "    Properties: {Role: arn:aws:iam::1:role/x}\n"
      "  Rule:\n"
      "    Type: AWS::Events::Rule\n"
      "    Properties: {EventPattern: {}, Targets: [{Id: t, Arn: !GetAtt Fn.Arn}]}\n"
      "  RulePermission:\n"
      "    Type: AWS::Lambda::Permission\n"
      "    Properties: {FunctionName: !Ref Fn, Principal: events.amazonaws.com, SourceArn: !GetAtt Rule.Arn}\n"
      "  Http:\n"
      "    Type: AWS::ApiGatewayV2::Api\n"
      "    Properties: {ProtocolType: HTTP}\n"
      "  HttpPermission:\n"
      "    Type: AWS::Lambda::Permission\n"
      "    Properties:\n"
      "      FunctionName: !GetAtt Fn.Arn\n"
      "      Principal: apigateway.amazonaws.com\n"
      "      SourceArn: !Sub arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${Http}/*\n");
  const auto& t = b.fn("Fn").triggers;
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].name, "Rule");
  EXPECT_EQ(t[1].name, "HttpPermission");
  EXPECT_EQ(t[1].kind, model::Trigger::Kind::HttpApi);
}

}  // namespace

// The CloudFormation/SAM frontend: template recognition, intrinsic resolution, SAM Globals,
// roles and policies, triggers.
#include <gtest/gtest.h>

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
  EXPECT_EQ(other.runtime.kind, Kind::Unknown);  // an intrinsic replaces, never merges
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

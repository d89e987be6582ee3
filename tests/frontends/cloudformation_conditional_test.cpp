// The CloudFormation/SAM frontend on properties written as a whole Fn::If (Environment,
// VpcConfig, Role), DocumentDB event sources, and AWS::Include of a local file.
#include <gtest/gtest.h>

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

constexpr const char* kHead =
    "Transform: AWS::Serverless-2016-10-31\n"
    "Conditions:\n"
    "  IsProd: !Equals [!Ref AWS::AccountId, '123456789012']\n"
    "Resources:\n";

TEST(ConditionalProperties, EnvironmentBranchesAreUnitedAndExpressionsOpen) {
  Built b = build(std::string(kHead) +
                  "  A:\n"
                  "    Type: AWS::Serverless::Function\n"
                  "    Properties:\n"
                  "      Environment: !If\n"
                  "        - IsProd\n"
                  "        - Variables: {TABLE: prod, TOPIC: arn}\n"
                  "        - Variables: {TABLE: dev}\n"
                  "  B:\n"
                  "    Type: AWS::Serverless::Function\n"
                  "    Properties:\n"
                  "      Environment:\n"
                  "        Variables: !If [IsProd, {TABLE: prod}, !Ref AWS::NoValue]\n"
                  "  C:\n"
                  "    Type: AWS::Lambda::Function\n"
                  "    Properties:\n"
                  "      Environment: !If [IsProd, !Ref EnvParam, {Variables: {X: y}}]\n");
  const model::Function& a = b.fn("A");
  ASSERT_EQ(a.environment.size(), 2u);
  EXPECT_EQ(a.environment[0].name, "TABLE");
  EXPECT_EQ(a.environment[1].name, "TOPIC");
  EXPECT_FALSE(a.environmentOpen);
  const model::Function& fb = b.fn("B");
  ASSERT_EQ(fb.environment.size(), 1u);
  EXPECT_FALSE(fb.environmentOpen);
  const model::Function& c = b.fn("C");
  EXPECT_TRUE(c.environmentOpen);
  ASSERT_EQ(c.environment.size(), 1u);
  EXPECT_EQ(c.environment[0].name, "X");
}

TEST(ConditionalProperties, VpcConfigAndRoleAsIfAreUnknownNotMissing) {
  Built b = build(std::string(kHead) +
                  "  A:\n"
                  "    Type: AWS::Serverless::Function\n"
                  "    Properties:\n"
                  "      Role: !If [IsProd, !GetAtt R.Arn, arn:aws:iam::1:role/dev]\n"
                  "      VpcConfig: !If\n"
                  "        - IsProd\n"
                  "        - SubnetIds: [subnet-a]\n"
                  "        - !Ref AWS::NoValue\n"
                  "  R:\n"
                  "    Type: AWS::IAM::Role\n");
  const model::Function& a = b.fn("A");
  ASSERT_TRUE(a.vpc.has_value());
  EXPECT_EQ(a.vpc->subnetList.kind, Kind::Unknown);
  EXPECT_TRUE(a.vpc->subnetList.conditional());
  EXPECT_TRUE(a.vpc->securityGroupsSet);
  EXPECT_TRUE(a.vpc->securityGroupList.present());
  EXPECT_TRUE(a.roleRef.conditional());
  EXPECT_EQ(a.role, nullptr) << "which role a deployment gets is not known";
}

TEST(DocumentDb, SamEventsAndMappingsArePolledSources) {
  Built b = build(std::string(kHead) +
                  "  Cluster:\n"
                  "    Type: AWS::DocDB::DBCluster\n"
                  "  A:\n"
                  "    Type: AWS::Serverless::Function\n"
                  "    Properties:\n"
                  "      Events:\n"
                  "        Changes:\n"
                  "          Type: DocumentDB\n"
                  "          Properties:\n"
                  "            Cluster: !Ref Cluster\n"
                  "            DatabaseName: orders\n"
                  "            CollectionName: items\n"
                  "            BatchSize: 50\n"
                  "  B:\n"
                  "    Type: AWS::Lambda::Function\n"
                  "  Mapping:\n"
                  "    Type: AWS::Lambda::EventSourceMapping\n"
                  "    Properties:\n"
                  "      FunctionName: !Ref B\n"
                  "      EventSourceArn: !Ref Cluster\n");
  const model::Function& a = b.fn("A");
  ASSERT_EQ(a.triggers.size(), 1u);
  EXPECT_EQ(a.triggers[0].kind, model::Trigger::Kind::DocumentDb);
  EXPECT_EQ(a.triggers[0].mode(), model::Trigger::Mode::Poll);
  EXPECT_EQ(a.triggers[0].sourceId, "Cluster");
  EXPECT_EQ(a.triggers[0].batchSize.text, "50");
  const model::Function& fb = b.fn("B");
  ASSERT_EQ(fb.triggers.size(), 1u);
  EXPECT_EQ(fb.triggers[0].kind, model::Trigger::Kind::DocumentDb);
}

TEST(NotAnalysed, AnIncludeOfALocalFileNamesIt) {
  Built b = build(
      "Resources:\n"
      "  Fn::Transform:\n"
      "    Name: AWS::Include\n"
      "    Parameters: {Location: snippets/functions.yaml}\n"
      "  Q:\n"
      "    Type: AWS::SQS::Queue\n"
      "    Properties:\n"
      "      Tags:\n"
      "        Fn::Transform: {Name: AWS::Include, Parameters: {Location: 's3://b/tags.yaml'}}\n");
  ASSERT_EQ(b.project->notAnalysed.size(), 2u);
  EXPECT_NE(b.project->notAnalysed[0].why.find("`snippets/functions.yaml`"), std::string::npos)
      << b.project->notAnalysed[0].why;
  EXPECT_NE(b.project->notAnalysed[1].why.find("Amazon S3"), std::string::npos);
}

}  // namespace

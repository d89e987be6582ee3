// The IAM policy catalog (data/iam-policy-catalog.json): its shape, and SAM policy templates
// and AWS managed policies expanded into the statements IAM rules read.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "lambdalint/document/parse.hpp"
#include "lambdalint/frontends/cloudformation.hpp"
#include "lambdalint/model/policy_catalog.hpp"

using namespace lambdalint;
namespace cfn = lambdalint::frontends::cloudformation;
using model::CatalogGrant;
using model::CatalogPolicy;
using model::Policy;

namespace {

void expectWellFormed(const std::vector<CatalogPolicy>& table, const char* what) {
  static const std::regex kAction("^[a-z0-9-]+:[A-Za-z0-9*]+$");
  for (const CatalogPolicy& p : table) {
    EXPECT_FALSE(p.grants.empty()) << what << " " << p.name << " grants nothing";
    for (const CatalogGrant& g : p.grants) {
      EXPECT_FALSE(g.actions.empty()) << what << " " << p.name << " has a grant without actions";
      for (const std::string& a : g.actions)
        EXPECT_TRUE(std::regex_match(a, kAction) || (a == "*" && p.name == "AdministratorAccess"))
            << what << " " << p.name << ": `" << a << "` is not service:Action";
      for (const std::string& param : g.parameters)
        EXPECT_NE(std::find(p.parameters.begin(), p.parameters.end(), param), p.parameters.end())
            << what << " " << p.name << " grants on undeclared parameter " << param;
      if (g.on == CatalogGrant::On::Parameters) {
        EXPECT_FALSE(g.parameters.empty()) << p.name;
      }
    }
  }
}

TEST(PolicyCatalog, TablesAreWellFormed) {
  EXPECT_GE(model::samPolicyTemplates().size(), 80u);
  EXPECT_GE(model::awsManagedPolicies().size(), 20u);
  expectWellFormed(model::samPolicyTemplates(), "policy template");
  expectWellFormed(model::awsManagedPolicies(), "managed policy");
}

// A JSON object keeps only the last of two equal keys: read the file itself for duplicates.
TEST(PolicyCatalog, NamesAreUnique) {
  std::ifstream in(std::string(LAMBDALINT_SOURCE_DIR) + "/data/iam-policy-catalog.json");
  ASSERT_TRUE(in) << "data/iam-policy-catalog.json is missing";
  static const std::regex kEntry("^    \"([A-Za-z0-9_-]+)\": \\{");
  std::map<std::string, int> seen;
  std::string line;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_search(line, m, kEntry)) ++seen[m[1].str()];
  }
  EXPECT_EQ(seen.size(), model::samPolicyTemplates().size() + model::awsManagedPolicies().size());
  for (const auto& [name, count] : seen) EXPECT_EQ(count, 1) << name << " is listed twice";
}

TEST(PolicyCatalog, ManagedPolicyNamesAreReadFromArns) {
  EXPECT_EQ(model::awsManagedPolicyName("AWSLambdaBasicExecutionRole"), "AWSLambdaBasicExecutionRole");
  EXPECT_EQ(model::awsManagedPolicyName(
                "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
            "AWSLambdaBasicExecutionRole");
  EXPECT_EQ(model::awsManagedPolicyName("arn:${AWS::Partition}:iam::aws:policy/AmazonS3ReadOnlyAccess"),
            "AmazonS3ReadOnlyAccess");
  EXPECT_EQ(model::awsManagedPolicyName("arn:aws:iam::123456789012:policy/team/Custom"), "");
}

struct Built {
  std::unique_ptr<doc::Document> doc;
  std::unique_ptr<model::Project> project;
  const model::Role& roleOf(std::string_view fn) const {
    for (const auto& f : project->functions)
      if (f.id == fn && f.role) return *f.role;
    throw std::runtime_error("no role for " + std::string(fn));
  }
};

Built build(std::string text) {
  Built b;
  b.doc = doc::parseDocument(std::make_shared<SourceFile>("t.yaml", std::move(text)));
  EXPECT_FALSE(b.doc->failed());
  b.project = cfn::buildProject(*b.doc);
  return b;
}

std::vector<std::string> actionsOf(const Policy& p) {
  std::vector<std::string> out;
  for (const auto& st : p.statements)
    for (const auto& a : st.actions) out.push_back(a.text);
  return out;
}

bool has(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(PolicyTemplates, SamPoliciesExpandToTheirActionsOnTheNamedResources) {
  Built b = build(
      "Transform: AWS::Serverless-2016-10-31\n"
      "Resources:\n"
      "  Bucket: {Type: AWS::S3::Bucket}\n"
      "  Orders: {Type: AWS::DynamoDB::Table}\n"
      "  Fn:\n"
      "    Type: AWS::Serverless::Function\n"
      "    Properties:\n"
      "      Policies:\n"
      "        - S3ReadPolicy:\n"
      "            BucketName: !Ref Bucket\n"
      "        - DynamoDBCrudPolicy: {TableName: !Ref Orders}\n"
      "        - SQSSendMessagePolicy: {QueueName: jobs}\n"
      "        - VPCAccessPolicy: {}\n"
      "        - AWSLambdaBasicExecutionRole\n"
      "        - NoSuchPolicy: {}\n");
  const model::Role& role = b.roleOf("Fn");
  ASSERT_EQ(role.policies.size(), 6u);

  const Policy& s3 = role.policies[0];
  EXPECT_EQ(s3.origin, Policy::Origin::PolicyTemplate);
  EXPECT_EQ(s3.name, "S3ReadPolicy");
  EXPECT_TRUE(s3.expanded);
  EXPECT_TRUE(has(actionsOf(s3), "s3:GetObject"));
  EXPECT_TRUE(has(actionsOf(s3), "s3:ListBucket"));
  EXPECT_FALSE(has(actionsOf(s3), "s3:PutObject"));
  ASSERT_EQ(s3.statements.size(), 1u);
  ASSERT_EQ(s3.statements[0].resources.size(), 1u);
  EXPECT_EQ(s3.statements[0].resources[0].kind, model::Value::Kind::ResourceRef);
  EXPECT_EQ(s3.statements[0].resources[0].name, "Bucket");
  EXPECT_EQ(s3.statements[0].where.range.begin.line, 9u);  // the template's name

  const Policy& crud = role.policies[1];
  EXPECT_TRUE(has(actionsOf(crud), "dynamodb:PutItem"));
  EXPECT_TRUE(has(actionsOf(crud), "dynamodb:DeleteItem"));
  EXPECT_EQ(crud.statements[0].resources[0].name, "Orders");

  const Policy& sqs = role.policies[2];
  // SAM grants "sqs:SendMessage*" (SendMessage and SendMessageBatch), not a list of both.
  EXPECT_TRUE(has(actionsOf(sqs), "sqs:SendMessage*"));
  EXPECT_FALSE(has(actionsOf(sqs), "sqs:ReceiveMessage"));
  EXPECT_EQ(sqs.statements[0].resources[0].kind, model::Value::Kind::Literal);
  EXPECT_EQ(sqs.statements[0].resources[0].text, "jobs");

  const Policy& vpc = role.policies[3];
  EXPECT_TRUE(has(actionsOf(vpc), "ec2:CreateNetworkInterface"));
  EXPECT_EQ(vpc.statements[0].resources[0].text, "*");

  const Policy& basic = role.policies[4];
  EXPECT_EQ(basic.origin, Policy::Origin::AwsManaged);
  EXPECT_TRUE(basic.expanded);
  EXPECT_TRUE(has(actionsOf(basic), "logs:PutLogEvents"));

  const Policy& unknown = role.policies[5];
  EXPECT_EQ(unknown.origin, Policy::Origin::PolicyTemplate);
  EXPECT_FALSE(unknown.expanded);
  EXPECT_TRUE(unknown.statements.empty());
}

TEST(PolicyTemplates, ManagedPolicyArnsOfARoleAreExpanded) {
  Built b = build(
      "AWSTemplateFormatVersion: '2010-09-09'\n"
      "Resources:\n"
      "  Role:\n"
      "    Type: AWS::IAM::Role\n"
      "    Properties:\n"
      "      ManagedPolicyArns:\n"
      "        - arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole\n"
      "        - !Sub arn:${AWS::Partition}:iam::aws:policy/AmazonS3FullAccess\n"
      "        - arn:aws:iam::123456789012:policy/Custom\n"
      "  Fn:\n"
      "    Type: AWS::Lambda::Function\n"
      "    Properties: {Role: !GetAtt Role.Arn}\n");
  const model::Role& role = b.roleOf("Fn");
  ASSERT_EQ(role.policies.size(), 3u);
  EXPECT_TRUE(has(actionsOf(role.policies[0]), "sqs:ReceiveMessage"));
  EXPECT_TRUE(has(actionsOf(role.policies[1]), "s3:*"));
  EXPECT_FALSE(role.policies[2].expanded);
  EXPECT_TRUE(role.policies[2].statements.empty());
}

}  // namespace

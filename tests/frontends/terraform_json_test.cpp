// Terraform beyond plain .tf blocks: the JSON syntax (`*.tf.json`) read into the same model,
// and CodeDeploy gradual deployments of aliases.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "frontends/terraform/json_syntax.hpp"
#include "lambdalint/document/parse.hpp"
#include "lambdalint/engine/analyze.hpp"
#include "lambdalint/frontends/terraform.hpp"

using namespace lambdalint;
namespace tf = lambdalint::frontends::terraform;
namespace fs = std::filesystem;
using Kind = model::Value::Kind;

namespace {

struct Built {
  std::vector<std::unique_ptr<doc::Document>> docs;
  std::unique_ptr<model::Project> project;
  const model::Function& fn(std::string_view id) const {
    for (const auto& f : project->functions)
      if (f.id == id) return f;
    throw std::runtime_error("no function " + std::string(id));
  }
};

// Files by name: `.tf.json` ones are read as JSON, the others as HCL.
Built build(std::vector<std::pair<std::string, std::string>> files) {
  Built b;
  std::vector<const doc::Document*> raw;
  for (auto& [name, text] : files) {
    b.docs.push_back(tf::parseTerraformFile(std::make_shared<SourceFile>(name, text)));
    EXPECT_FALSE(b.docs.back()->failed()) << b.docs.back()->issues().front().message;
    raw.push_back(b.docs.back().get());
  }
  b.project = tf::buildProject(raw);
  return b;
}

TEST(TerraformJson, ResourcesReferencesAndBlockListsReadLikeHcl) {
  Built b = build({{"main.tf.json", R"({
  "//": "a comment",
  "variable": {"memory": {"default": 512}},
  "locals": {"app": "orders"},
  "resource": {
    "aws_iam_role": {"r": {"name": "${local.app}-role"}},
    "aws_lambda_function": {
      "api": {
        "function_name": "${local.app}-api",
        "role": "${aws_iam_role.r.arn}",
        "runtime": "python3.12",
        "handler": "app.handler",
        "memory_size": "${var.memory}",
        "timeout": 10,
        "environment": [{"variables": {"TABLE": "orders", "QUOTE": "say \"hi\""}}],
        "vpc_config": {"subnet_ids": ["subnet-a"], "security_group_ids": []}
      }
    }
  }
})"}});
  const model::Function& f = b.fn("aws_lambda_function.api");
  EXPECT_EQ(f.functionName.kind, Kind::Literal);
  EXPECT_EQ(f.functionName.text, "orders-api");
  EXPECT_EQ(f.memorySize.kind, Kind::ParameterRef);
  EXPECT_EQ(f.memorySize.text, "512");
  EXPECT_EQ(f.timeout.text, "10");
  EXPECT_EQ(f.timeout.where.range.begin.line, 14u);
  ASSERT_NE(f.role, nullptr);
  EXPECT_EQ(f.role->id, "aws_iam_role.r");
  ASSERT_EQ(f.environment.size(), 2u);
  EXPECT_EQ(f.environment[1].value.text, "say \"hi\"");
  ASSERT_TRUE(f.vpc.has_value());
  EXPECT_EQ(f.vpc->subnets.size(), 1u);
  EXPECT_TRUE(f.vpc->securityGroupsSet);
}

TEST(TerraformJson, PoliciesAsJsonTextAndDocumentsReachTheRole) {
  Built b = build({{"iam.tf.json", R"({
  "resource": {
    "aws_iam_role": {"r": {"name": "r"}},
    "aws_iam_role_policy": {
      "text": {"role": "${aws_iam_role.r.id}",
               "policy": "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"${aws_s3_bucket.b.arn}/*\"}]}"},
      "doc": {"role": "${aws_iam_role.r.id}", "policy": "${data.aws_iam_policy_document.d.json}"}
    },
    "aws_s3_bucket": {"b": {"bucket": "b"}}
  },
  "data": {
    "aws_iam_policy_document": {
      "d": {"statement": [{"actions": ["sqs:SendMessage"], "resources": ["*"]},
                          {"actions": ["sns:Publish"], "resources": ["*"]}]}
    }
  }
})"},
                   {"main.tf", "resource \"aws_lambda_function\" \"f\" { role = aws_iam_role.r.arn }\n"}});
  const model::Function& f = b.fn("aws_lambda_function.f");
  ASSERT_NE(f.role, nullptr);
  std::multiset<std::string> actions;
  bool unknownResource = false;
  for (const model::Policy& p : f.role->policies)
    for (const model::PolicyStatement& s : p.statements) {
      for (const model::Value& a : s.actions) actions.insert(a.text);
      for (const model::Value& r : s.resources) unknownResource |= r.text.find("${") != std::string::npos && r.kind != Kind::Literal;
    }
  EXPECT_EQ(actions, (std::multiset<std::string>{"s3:GetObject", "sqs:SendMessage", "sns:Publish"}));
  EXPECT_TRUE(unknownResource) << "an interpolation in JSON text is not a literal";
}

TEST(TerraformJson, BrokenJsonIsInp001) {
  auto d = tf::parseTerraformFile(std::make_shared<SourceFile>("bad.tf.json", "{\"resource\": [\n"));
  EXPECT_TRUE(d->failed());
  ASSERT_FALSE(d->issues().empty());
  EXPECT_EQ(d->issues().front().ruleId, "INP001");
}

TEST(TerraformDeployments, AliasesFollowingVersionsAndCodeDeployGroups) {
  Built b = build({{"main.tf", R"(
resource "aws_lambda_function" "a" { publish = true }
resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.a.function_name
  function_version = aws_lambda_function.a.version
}
resource "aws_lambda_function" "pinned" {}
resource "aws_lambda_alias" "stable" {
  name             = "stable"
  function_name    = aws_lambda_function.pinned.arn
  function_version = "3"
}
resource "aws_codedeploy_app" "app" { compute_platform = "Lambda" }
resource "aws_codedeploy_deployment_group" "g" {
  app_name               = aws_codedeploy_app.app.name
  deployment_config_name = "CodeDeployDefault.LambdaCanary10Percent5Minutes"
  alarm_configuration {
    alarms = ["errors", "latency"]
  }
}
)"}});
  const model::Function& a = b.fn("aws_lambda_function.a");
  EXPECT_EQ(a.autoPublishAlias.text, "live");
  EXPECT_EQ(a.autoPublishAlias.where.range.begin.line, 3u);
  ASSERT_TRUE(a.deploymentPreference.has_value());
  EXPECT_EQ(a.deploymentPreference->type.text, "CodeDeployDefault.LambdaCanary10Percent5Minutes");
  EXPECT_EQ(a.deploymentPreference->alarms.size(), 2u);
  const model::Function& pinned = b.fn("aws_lambda_function.pinned");
  EXPECT_FALSE(pinned.autoPublishAlias.present());
  EXPECT_FALSE(pinned.deploymentPreference.has_value());
}

TEST(TerraformDeployments, AGroupForSeveralAliasesIsUnknownNotMissing) {
  Built b = build({{"main.tf", R"(
resource "aws_lambda_function" "a" { publish = true }
resource "aws_lambda_function" "b" { publish = true }
resource "aws_lambda_alias" "a" {
  name = "live"
  function_name = aws_lambda_function.a.function_name
  function_version = aws_lambda_function.a.version
}
resource "aws_lambda_alias" "b" {
  name = "live"
  function_name = aws_lambda_function.b.function_name
  function_version = aws_lambda_function.b.version
}
resource "aws_codedeploy_deployment_group" "g" {
  deployment_config_name = "CodeDeployDefault.LambdaLinear10PercentEvery1Minute"
}
)"}});
  for (const char* id : {"aws_lambda_function.a", "aws_lambda_function.b"}) {
    const model::Function& f = b.fn(id);
    ASSERT_TRUE(f.deploymentPreference.has_value()) << id;
    EXPECT_EQ(f.deploymentPreference->type.kind, Kind::Unknown);
    EXPECT_FALSE(f.deploymentPreference->alarms.empty());
  }
}

TEST(TerraformDeployments, DeploySubmoduleNamesFunctionAliasAndAlarms) {
  Built b = build({{"main.tf", R"(
module "fn" {
  source        = "terraform-aws-modules/lambda/aws"
  function_name = "fn"
  handler       = "app.handler"
  runtime       = "python3.12"
  publish       = true
}
module "deploy" {
  source                 = "terraform-aws-modules/lambda/aws//modules/deploy"
  alias_name             = "live"
  function_name          = module.fn.lambda_function_name
  deployment_config_name = "CodeDeployDefault.LambdaAllAtOnce"
  alarm_enabled          = false
  alarms                 = ["errors"]
}
)"}});
  const model::Function& f = b.fn("module.fn");
  EXPECT_EQ(f.autoPublishAlias.text, "live");
  ASSERT_TRUE(f.deploymentPreference.has_value());
  EXPECT_TRUE(f.deploymentPreference->alarms.empty()) << "alarm_enabled = false";
}

// --- through the engine: a folder mixing .tf and .tf.json ----------------------------------

TEST(TerraformJsonFolder, JsonAndHclFilesAreOneModule) {
  fs::path dir = fs::temp_directory_path() /
                 ("lambdalint-tfjson-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "iam.tf") << "resource \"aws_iam_role\" \"shared\" {}\n";
  std::ofstream(dir / "main.tf.json")
      << "{\"resource\": {\"aws_lambda_function\": {\n"
         "  \"a\": {\"role\": \"${aws_iam_role.shared.arn}\", \"timeout\": 10},\n"
         "  \"b\": {\"role\": \"${aws_iam_role.shared.arn}\", \"timeout\": 10}\n"
         "}}}\n";
  AnalysisOptions options;
  options.paths = {dir.string()};
  options.root = dir;
  AnalysisResult r = analyze(options);
  fs::remove_all(dir);
  EXPECT_EQ(r.functionCount, 2u);
  bool shared = false;
  for (const Finding& f : r.findings.all()) shared |= f.ruleId == "SEC001" && f.location.file == "iam.tf";
  EXPECT_TRUE(shared);
}

}  // namespace

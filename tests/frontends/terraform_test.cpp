// The HCL reader and the Terraform frontend: the document shape of .tf files, syntax errors,
// reference resolution, functions, roles and policies, triggers, the community lambda
// module, and modules spread over several files of a folder.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "lambdalint/document/parse.hpp"
#include "lambdalint/engine/analyze.hpp"
#include "lambdalint/frontends/terraform.hpp"

using namespace lambdalint;
namespace tf = lambdalint::frontends::terraform;
namespace fs = std::filesystem;
using Kind = model::Value::Kind;
using TKind = model::Trigger::Kind;

namespace {

std::unique_ptr<doc::Document> parse(std::string text, std::string name = "main.tf") {
  return doc::parseHcl(std::make_shared<SourceFile>(std::move(name), std::move(text)));
}

struct Built {
  std::vector<std::unique_ptr<doc::Document>> docs;
  std::unique_ptr<model::Project> project;
  const model::Function& fn(std::string_view id) const {
    for (const auto& f : project->functions)
      if (f.id == id) return f;
    throw std::runtime_error("no function " + std::string(id));
  }
};

Built build(std::vector<std::string> files) {
  Built b;
  std::vector<const doc::Document*> raw;
  for (size_t i = 0; i < files.size(); ++i) {
    b.docs.push_back(parse(files[i], "f" + std::to_string(i) + ".tf"));
    EXPECT_FALSE(b.docs.back()->failed()) << b.docs.back()->issues().front().message;
    raw.push_back(b.docs.back().get());
  }
  b.project = tf::buildProject(raw);
  return b;
}

Built build(std::string text) { return build(std::vector<std::string>{std::move(text)}); }

// --- the HCL reader -------------------------------------------------------------------------

TEST(HclReader, BlocksBecomeMapsKeyedByTypeAndLabels) {
  auto d = parse(
      "resource \"aws_lambda_function\" \"api\" {\n"
      "  timeout = 30\n"
      "  handler = \"index.handler\"\n"
      "  environment {\n"
      "    variables = { A = \"b\", \"C\" = null }\n"
      "  }\n"
      "}\n");
  ASSERT_FALSE(d->failed());
  const doc::Node* root = d->root();
  const doc::Entry* label = root->get("resource")->findEntry("aws_lambda_function")
                                ->value->findEntry("api");
  ASSERT_NE(label, nullptr);
  EXPECT_EQ(label->key->range.begin, (Position{1, 32}));  // the "api" label
  const doc::Node* body = label->value;
  EXPECT_EQ(body->get("timeout")->text, "30");
  EXPECT_FALSE(body->get("timeout")->quoted);
  EXPECT_TRUE(body->get("handler")->quoted);
  EXPECT_EQ(body->findEntry("handler")->key->range.begin, (Position{3, 3}));
  EXPECT_EQ(body->get("handler")->range.begin, (Position{3, 13}));
  const doc::Node* vars = body->get("environment")->get("variables");
  ASSERT_TRUE(vars->isMap());
  EXPECT_EQ(vars->get("A")->text, "b");
  EXPECT_TRUE(vars->get("C")->isNull());
}

TEST(HclReader, RepeatedBlocksAreKeptInOrder) {
  auto d = parse("data \"aws_iam_policy_document\" \"p\" {\n"
                 "  statement { actions = [\"s3:GetObject\"] }\n"
                 "  statement { actions = [\"sqs:*\"] }\n"
                 "}\n");
  const doc::Node* body =
      d->root()->get("data")->get("aws_iam_policy_document")->get("p");
  ASSERT_EQ(body->entries.size(), 2u);
  EXPECT_EQ(body->entries[1].value->get("actions")->items[0]->text, "sqs:*");
}

TEST(HclReader, ExpressionsKeepTheirTextAndATag) {
  auto d = parse("a = aws_iam_role.r.arn\n"
                 "b = \"arn:${var.x}\"\n"
                 "c = merge(local.a, {})\n"
                 "d = \"plain \\\"q\\\" $${literal}\"\n"
                 "e = [1, true, null]\n"
                 "f = -1\n"
                 "g = -var.x\n");
  const doc::Node* r = d->root();
  EXPECT_EQ(r->get("a")->tag, doc::kHclExpressionTag);
  EXPECT_EQ(r->get("a")->text, "aws_iam_role.r.arn");
  EXPECT_EQ(r->get("b")->tag, doc::kHclExpressionTag);
  EXPECT_EQ(r->get("c")->tag, doc::kHclExpressionTag);
  EXPECT_TRUE(r->get("d")->tag.empty());
  EXPECT_EQ(r->get("d")->text, "plain \"q\" ${literal}");
  ASSERT_EQ(r->get("e")->items.size(), 3u);
  EXPECT_TRUE(r->get("e")->items[2]->isNull());
  EXPECT_TRUE(r->get("f")->tag.empty());  // a negative number is a number
  EXPECT_EQ(r->get("f")->text, "-1");
  EXPECT_EQ(r->get("g")->tag, doc::kHclExpressionTag);
}

TEST(HclReader, JsonencodeOfAnObjectIsAMapAndHeredocsSpanTheirLines) {
  auto d = parse("p = jsonencode({ Statement = [{ Action = \"s3:*\" }] })\n"
                 "h = <<EOF\n"
                 "{\"a\": 1}\n"
                 "EOF\n");
  const doc::Node* p = d->root()->get("p");
  ASSERT_TRUE(p->isMap());
  EXPECT_EQ(p->tag, doc::kHclJsonencodeTag);
  EXPECT_EQ(p->get("Statement")->items[0]->get("Action")->text, "s3:*");
  const doc::Node* h = d->root()->get("h");
  EXPECT_EQ(h->tag, doc::kHclHeredocTag);
  EXPECT_EQ(h->range.begin.line, 3u);
  EXPECT_NE(h->text.find("{\"a\": 1}"), std::string::npos);
}

TEST(HclReader, SyntaxErrorsAreInp001AtTheirPlace) {
  auto d = parse("resource \"aws_lambda_function\" \"f\" {\n  timeout = \n}\n");
  ASSERT_TRUE(d->failed());
  ASSERT_EQ(d->issues().size(), 1u);
  EXPECT_EQ(d->issues()[0].ruleId, "INP001");
  EXPECT_GE(d->issues()[0].range.begin.line, 2u);
}

TEST(HclReader, BinaryAndDeepInputAreReportedNotCrashed) {
  EXPECT_TRUE(parse(std::string("a = \"\xff\xfe\"\n"))->failed());
  std::string deep = "a = " + std::string(5000, '[') + std::string(5000, ']') + "\n";
  auto d = parse(deep);
  EXPECT_TRUE(d->failed());
  EXPECT_EQ(d->issues().at(0).ruleId, "INP001");
  EXPECT_FALSE(parse("")->failed());
}

// --- references ---------------------------------------------------------------------------

TEST(TerraformValues, VariablesLocalsAndResourcesResolveOthersAreUnknown) {
  Built b = build(
      "variable \"timeout\" { default = 40 }\n"
      "variable \"memory\" {}\n"
      "locals { handler = \"app.main\" }\n"
      "resource \"aws_iam_role\" \"r\" { name = \"r\" }\n"
      "resource \"aws_lambda_function\" \"f\" {\n"
      "  timeout = var.timeout\n"
      "  memory_size = var.memory\n"
      "  handler = local.handler\n"
      "  role = aws_iam_role.r.arn\n"
      "  runtime = data.external.x.result\n"
      "  kms_key_arn = module.keys.arn\n"
      "}\n");
  const model::Function& f = b.fn("aws_lambda_function.f");
  EXPECT_EQ(f.timeout.kind, Kind::ParameterRef);
  EXPECT_TRUE(f.timeout.hasDefault);
  EXPECT_EQ(f.timeout.text, "40");
  EXPECT_EQ(f.memorySize.kind, Kind::ParameterRef);
  EXPECT_FALSE(f.memorySize.hasDefault);
  EXPECT_EQ(f.handler.kind, Kind::Literal);
  EXPECT_EQ(f.handler.text, "app.main");
  EXPECT_EQ(f.roleRef.kind, Kind::ResourceRef);
  EXPECT_EQ(f.roleRef.name, "aws_iam_role.r");
  EXPECT_EQ(f.roleRef.attribute, "arn");
  EXPECT_EQ(f.runtime.kind, Kind::Unknown);  // a data source the module does not declare
  EXPECT_EQ(f.kmsKeyArn.kind, Kind::Unknown);
}

TEST(TerraformValues, TemplatesOfLiteralsAreLiteralOthersUnknown) {
  Built b = build(
      "locals { app = \"orders\" }\n"
      "variable \"stage\" { default = \"dev\" }\n"
      "resource \"aws_lambda_function\" \"f\" {\n"
      "  environment {\n"
      "    variables = {\n"
      "      NAME = \"${local.app}-svc\"\n"
      "      STAGE = \"${var.stage}-x\"\n"
      "      ONE = \"${var.stage}\"\n"
      "    }\n"
      "  }\n"
      "}\n");
  const auto& env = b.fn("aws_lambda_function.f").environment;
  ASSERT_EQ(env.size(), 3u);
  EXPECT_EQ(env[0].value.kind, Kind::Literal);
  EXPECT_EQ(env[0].value.text, "orders-svc");
  EXPECT_EQ(env[1].value.kind, Kind::Unknown);  // a variable may be set at apply time
  EXPECT_EQ(env[2].value.kind, Kind::ParameterRef);
}

// --- functions ------------------------------------------------------------------------------

TEST(TerraformFunctions, SettingsAreRead) {
  Built b = build(
      "resource \"aws_lambda_function\" \"f\" {\n"
      "  runtime = \"python3.12\"\n"
      "  handler = \"app.handler\"\n"
      "  memory_size = 256\n"
      "  publish = true\n"
      "  tracing_config { mode = \"Active\" }\n"
      "  dead_letter_config { target_arn = aws_sqs_queue.dlq.arn }\n"
      "  vpc_config {\n"
      "    subnet_ids = [\"subnet-a\", \"subnet-b\"]\n"
      "    security_group_ids = []\n"
      "  }\n"
      "}\n"
      "resource \"aws_sqs_queue\" \"dlq\" {}\n");
  const model::Function& f = b.fn("aws_lambda_function.f");
  EXPECT_EQ(f.source, "terraform");
  EXPECT_EQ(f.where.range.begin, (Position{1, 32}));
  EXPECT_EQ(f.runtime.text, "python3.12");
  EXPECT_EQ(f.memorySize.text, "256");
  EXPECT_FALSE(f.timeout.present());
  EXPECT_EQ(f.defaultTimeout, 3);
  EXPECT_EQ(f.tracing.text, "Active");
  EXPECT_EQ(f.deadLetterTarget.kind, Kind::ResourceRef);
  ASSERT_TRUE(f.vpc.has_value());
  EXPECT_EQ(f.vpc->subnets.size(), 2u);
  EXPECT_TRUE(f.vpc->securityGroupsSet);
  EXPECT_TRUE(f.vpc->securityGroups.empty());
  EXPECT_EQ(f.versions.size(), 1u);
}

TEST(TerraformFunctions, CodeComesFromTheArchiveFileSource) {
  Built b = build(
      "data \"archive_file\" \"zip\" {\n"
      "  type = \"zip\"\n"
      "  source_dir = \"${path.module}/src\"\n"
      "  output_path = \"build/f.zip\"\n"
      "}\n"
      "data \"archive_file\" \"one\" {\n"
      "  source_file = \"lambda/handler.py\"\n"
      "}\n"
      "resource \"aws_lambda_function\" \"a\" { filename = data.archive_file.zip.output_path }\n"
      "resource \"aws_lambda_function\" \"b\" { filename = data.archive_file.one.output_path }\n"
      "resource \"aws_lambda_function\" \"c\" { filename = \"prebuilt.zip\" }\n"
      "resource \"aws_lambda_function\" \"d\" { s3_bucket = \"artifacts\" }\n");
  EXPECT_EQ(b.fn("aws_lambda_function.a").code.text, "./src");
  EXPECT_EQ(b.fn("aws_lambda_function.b").code.text, "lambda");
  EXPECT_EQ(b.fn("aws_lambda_function.c").code.text, "prebuilt.zip");
  EXPECT_FALSE(b.fn("aws_lambda_function.d").code.isLiteral());
}

TEST(TerraformFunctions, LoggingSnapStartConcurrencyAndName) {
  Built b = build(
      "resource \"aws_lambda_function\" \"f\" {\n"
      "  function_name = \"orders\"\n"
      "  reserved_concurrent_executions = -1\n"
      "  snap_start { apply_on = \"PublishedVersions\" }\n"
      "  logging_config {\n"
      "    log_format = \"JSON\"\n"
      "    log_group = aws_cloudwatch_log_group.g.name\n"
      "  }\n"
      "}\n"
      "resource \"aws_lambda_function\" \"g\" { reserved_concurrent_executions = 5 }\n"
      "resource \"aws_cloudwatch_log_group\" \"g\" { name = \"custom\" }\n"
      "resource \"aws_lambda_provisioned_concurrency_config\" \"p\" {\n"
      "  function_name = aws_lambda_function.g.function_name\n"
      "  provisioned_concurrent_executions = 2\n"
      "}\n");
  const model::Function& f = b.fn("aws_lambda_function.f");
  EXPECT_EQ(f.functionName.text, "orders");
  EXPECT_FALSE(f.reservedConcurrency.present());  // -1: nothing reserved
  EXPECT_EQ(f.snapStart.text, "PublishedVersions");
  ASSERT_TRUE(f.logging.has_value());
  EXPECT_EQ(f.logging->where.range.begin, (Position{5, 3}));
  EXPECT_EQ(f.logging->logFormat.text, "JSON");
  EXPECT_EQ(f.logging->logGroup.name, "aws_cloudwatch_log_group.g");
  const model::Function& g = b.fn("aws_lambda_function.g");
  EXPECT_EQ(g.reservedConcurrency.text, "5");
  EXPECT_EQ(g.provisionedConcurrency.text, "2");
  ASSERT_EQ(b.project->logGroups.size(), 1u);
  EXPECT_EQ(b.project->logGroups[0].functionId, "aws_lambda_function.f");  // via logging_config
}

// --- roles and policies ---------------------------------------------------------------------

TEST(TerraformRoles, PoliciesOfEveryShapeReachTheRole) {
  Built b = build(
      "resource \"aws_iam_role\" \"r\" {\n"
      "  name = \"fn-role\"\n"
      "  inline_policy {\n"
      "    name = \"inline\"\n"
      "    policy = jsonencode({ Statement = [{ Effect = \"Allow\", Action = \"s3:*\", Resource = \"*\" }] })\n"
      "  }\n"
      "}\n"
      "resource \"aws_iam_role_policy\" \"p\" {\n"
      "  role = aws_iam_role.r.id\n"
      "  policy = data.aws_iam_policy_document.d.json\n"
      "}\n"
      "data \"aws_iam_policy_document\" \"d\" {\n"
      "  statement {\n"
      "    actions = [\"dynamodb:PutItem\"]\n"
      "    resources = [\"*\"]\n"
      "  }\n"
      "}\n"
      "resource \"aws_iam_role_policy_attachment\" \"m\" {\n"
      "  role = \"fn-role\"\n"
      "  policy_arn = \"arn:aws:iam::aws:policy/AdministratorAccess\"\n"
      "}\n"
      "resource \"aws_iam_policy\" \"cust\" {\n"
      "  policy = <<EOF\n"
      "{\"Statement\": [{\"Effect\": \"Deny\", \"Action\": \"iam:*\", \"Resource\": \"${aws_iam_role.r.arn}\"}]}\n"
      "EOF\n"
      "}\n"
      "resource \"aws_iam_role_policy_attachment\" \"c\" {\n"
      "  role = aws_iam_role.r.name\n"
      "  policy_arn = aws_iam_policy.cust.arn\n"
      "}\n"
      "resource \"aws_lambda_function\" \"f\" { role = aws_iam_role.r.arn }\n");
  const model::Role* role = b.fn("aws_lambda_function.f").role;
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->id, "aws_iam_role.r");
  ASSERT_EQ(role->policies.size(), 4u);
  const model::Policy& inlinePolicy = role->policies[0];
  ASSERT_EQ(inlinePolicy.statements.size(), 1u);
  EXPECT_EQ(inlinePolicy.statements[0].actions.at(0).text, "s3:*");
  EXPECT_EQ(inlinePolicy.statements[0].actions.at(0).where.range.begin.line, 5u);
  const model::Policy& document = role->policies[1];
  EXPECT_EQ(document.origin, model::Policy::Origin::Attached);
  ASSERT_EQ(document.statements.size(), 1u);
  EXPECT_EQ(document.statements[0].resources.at(0).text, "*");
  EXPECT_EQ(role->policies[2].origin, model::Policy::Origin::AwsManaged);
  EXPECT_EQ(role->policies[2].managedArn.text, "arn:aws:iam::aws:policy/AdministratorAccess");
  const model::Policy& heredoc = role->policies[3];
  ASSERT_EQ(heredoc.statements.size(), 1u);
  EXPECT_FALSE(heredoc.statements[0].allow);
  EXPECT_EQ(heredoc.statements[0].actions.at(0).where.range.begin.line, 24u);  // the JSON line
  EXPECT_EQ(heredoc.statements[0].resources.at(0).kind, Kind::Unknown);
}

TEST(TerraformRoles, SharedAndExternalRoles) {
  Built b = build(
      "variable \"role_arn\" {}\n"
      "resource \"aws_iam_role\" \"r\" {}\n"
      "resource \"aws_lambda_function\" \"a\" { role = aws_iam_role.r.arn }\n"
      "resource \"aws_lambda_function\" \"b\" { role = aws_iam_role.r.arn }\n"
      "resource \"aws_lambda_function\" \"c\" { role = var.role_arn }\n"
      "resource \"aws_lambda_function\" \"d\" { role = module.iam.arn }\n");
  EXPECT_EQ(b.fn("aws_lambda_function.a").role, b.fn("aws_lambda_function.b").role);
  ASSERT_NE(b.fn("aws_lambda_function.c").role, nullptr);
  EXPECT_TRUE(b.fn("aws_lambda_function.c").role->external);
  EXPECT_EQ(b.fn("aws_lambda_function.d").role, nullptr);  // unknown: nothing to judge
}

// --- triggers -------------------------------------------------------------------------------

TEST(TerraformTriggers, ResourcesThatInvokeAFunction) {
  Built b = build(
      "resource \"aws_lambda_function\" \"f\" { function_name = \"orders\" }\n"
      "resource \"aws_sqs_queue\" \"q\" {}\n"
      "resource \"aws_lambda_event_source_mapping\" \"m\" {\n"
      "  event_source_arn = aws_sqs_queue.q.arn\n"
      "  function_name = aws_lambda_function.f.arn\n"
      "}\n"
      "resource \"aws_lambda_permission\" \"s3\" {\n"
      "  function_name = \"orders\"\n"
      "  principal = \"s3.amazonaws.com\"\n"
      "}\n"
      "resource \"aws_apigatewayv2_api\" \"http\" { protocol_type = \"HTTP\" }\n"
      "resource \"aws_lambda_permission\" \"api\" {\n"
      "  function_name = aws_lambda_function.f.function_name\n"
      "  principal = \"apigateway.amazonaws.com\"\n"
      "  source_arn = \"${aws_apigatewayv2_api.http.execution_arn}/*/*\"\n"
      "}\n"
      "resource \"aws_lambda_function_url\" \"u\" { function_name = aws_lambda_function.f.function_name }\n"
      "resource \"aws_lambda_alias\" \"live\" { function_name = aws_lambda_function.f.arn }\n"
      "resource \"aws_lambda_function_event_invoke_config\" \"c\" {\n"
      "  function_name = aws_lambda_alias.live.arn\n"
      "  destination_config {\n"
      "    on_failure { destination = aws_sqs_queue.q.arn }\n"
      "  }\n"
      "}\n");
  const model::Function& f = b.fn("aws_lambda_function.f");
  std::vector<TKind> kinds;
  for (const auto& t : f.triggers) kinds.push_back(t.kind);
  EXPECT_EQ(kinds, (std::vector<TKind>{TKind::Sqs, TKind::FunctionUrl, TKind::S3, TKind::HttpApi}));
  EXPECT_EQ(f.aliases, std::vector<std::string>{"aws_lambda_alias.live"});
  EXPECT_EQ(f.onFailureDestination.kind, Kind::ResourceRef);
}

TEST(TerraformTriggers, PollerSettingsAndFunctionUrl) {
  Built b = build(
      "resource \"aws_lambda_function\" \"f\" {}\n"
      "resource \"aws_kinesis_stream\" \"s\" {}\n"
      "resource \"aws_lambda_event_source_mapping\" \"m\" {\n"
      "  event_source_arn = aws_kinesis_stream.s.arn\n"
      "  function_name = aws_lambda_function.f.arn\n"
      "  batch_size = 50\n"
      "  bisect_batch_on_function_error = true\n"
      "  maximum_retry_attempts = 3\n"
      "  function_response_types = [\"ReportBatchItemFailures\"]\n"
      "  destination_config {\n"
      "    on_failure { destination_arn = \"arn:aws:sqs:eu-west-1:1:failed\" }\n"
      "  }\n"
      "  filter_criteria {\n"
      "    filter { pattern = \"{}\" }\n"
      "  }\n"
      "}\n"
      "resource \"aws_lambda_function_url\" \"u\" {\n"
      "  function_name = aws_lambda_function.f.function_name\n"
      "  authorization_type = \"NONE\"\n"
      "  cors {\n"
      "    allow_origins = [\"*\"]\n"
      "    allow_credentials = true\n"
      "  }\n"
      "}\n");
  const model::Function& f = b.fn("aws_lambda_function.f");
  ASSERT_EQ(f.triggers.size(), 2u);
  const model::Trigger& t = f.triggers[0];
  EXPECT_EQ(t.kind, TKind::Kinesis);
  EXPECT_EQ(t.sourceId, "aws_kinesis_stream.s");
  EXPECT_EQ(t.batchSize.text, "50");
  EXPECT_EQ(t.bisectOnError.text, "true");
  EXPECT_EQ(t.maximumRetryAttempts.text, "3");
  EXPECT_FALSE(t.maximumRecordAge.present());
  EXPECT_TRUE(t.reportBatchItemFailures);
  EXPECT_TRUE(t.filtersSet);
  EXPECT_EQ(t.onFailureDestination.text, "arn:aws:sqs:eu-west-1:1:failed");
  ASSERT_TRUE(f.url.has_value());
  EXPECT_EQ(f.url->authType.text, "NONE");
  EXPECT_EQ(f.url->authType.where.range.begin.line, 19u);
  ASSERT_EQ(f.url->allowOrigins.size(), 1u);
  EXPECT_EQ(f.url->allowCredentials.text, "true");
}

TEST(TerraformTriggers, ApiRoutesCarryTheirAuthorization) {
  Built b = build(
      "resource \"aws_lambda_function\" \"f\" {}\n"
      "resource \"aws_api_gateway_rest_api\" \"r\" {}\n"
      "resource \"aws_api_gateway_resource\" \"items\" {\n"
      "  rest_api_id = aws_api_gateway_rest_api.r.id\n"
      "  path_part = \"items\"\n"
      "}\n"
      "resource \"aws_api_gateway_method\" \"get\" {\n"
      "  rest_api_id = aws_api_gateway_rest_api.r.id\n"
      "  resource_id = aws_api_gateway_resource.items.id\n"
      "  http_method = \"GET\"\n"
      "  authorization = \"NONE\"\n"
      "}\n"
      "resource \"aws_api_gateway_integration\" \"get\" {\n"
      "  rest_api_id = aws_api_gateway_rest_api.r.id\n"
      "  resource_id = aws_api_gateway_resource.items.id\n"
      "  http_method = \"GET\"\n"
      "  uri = \"arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/${aws_lambda_function.f.arn}/invocations\"\n"
      "}\n"
      "resource \"aws_apigatewayv2_api\" \"h\" { protocol_type = \"HTTP\" }\n"
      "resource \"aws_apigatewayv2_integration\" \"i\" {\n"
      "  api_id = aws_apigatewayv2_api.h.id\n"
      "  integration_uri = aws_lambda_function.f.invoke_arn\n"
      "}\n"
      "resource \"aws_apigatewayv2_route\" \"open\" {\n"
      "  api_id = aws_apigatewayv2_api.h.id\n"
      "  route_key = \"POST /items\"\n"
      "  target = \"integrations/${aws_apigatewayv2_integration.i.id}\"\n"
      "}\n"
      "resource \"aws_apigatewayv2_route\" \"jwt\" {\n"
      "  api_id = aws_apigatewayv2_api.h.id\n"
      "  route_key = \"GET /items\"\n"
      "  target = \"integrations/${aws_apigatewayv2_integration.i.id}\"\n"
      "  authorization_type = \"JWT\"\n"
      "}\n"
      "resource \"aws_lambda_permission\" \"api\" {\n"
      "  function_name = aws_lambda_function.f.function_name\n"
      "  principal = \"apigateway.amazonaws.com\"\n"
      "  source_arn = \"${aws_apigatewayv2_api.h.execution_arn}/*\"\n"
      "}\n"
      "resource \"aws_lambda_function\" \"other\" {}\n"
      "resource \"aws_lambda_permission\" \"other\" {\n"
      "  function_name = aws_lambda_function.other.function_name\n"
      "  principal = \"apigateway.amazonaws.com\"\n"
      "}\n");
  const model::Function& f = b.fn("aws_lambda_function.f");
  ASSERT_EQ(f.triggers.size(), 3u);  // the permission adds nothing to the routes
  const model::Trigger& rest = f.triggers[0];
  EXPECT_EQ(rest.kind, TKind::Api);
  EXPECT_EQ(rest.name, "aws_api_gateway_method.get");
  EXPECT_EQ(rest.where.range.begin.line, 7u);
  EXPECT_EQ(rest.method.text, "GET");
  EXPECT_EQ(rest.path.text, "items");
  EXPECT_EQ(rest.authorizer.text, "NONE");
  const model::Trigger& open = f.triggers[1];
  EXPECT_EQ(open.kind, TKind::HttpApi);
  EXPECT_EQ(open.method.text, "POST");
  EXPECT_EQ(open.path.text, "/items");
  EXPECT_FALSE(open.authorizer.present());  // Terraform's default: NONE
  EXPECT_EQ(f.triggers[2].authorizer.text, "JWT");
  // A permission alone says nothing of the routes' authorization: unknown, not open.
  const model::Function& other = b.fn("aws_lambda_function.other");
  ASSERT_EQ(other.triggers.size(), 1u);
  EXPECT_EQ(other.triggers[0].authorizer.kind, Kind::Unknown);
}

TEST(TerraformResources, LogGroupsAlarmsAndQueuesRelateToFunctions) {
  Built b = build(
      "variable \"name\" {}\n"
      "resource \"aws_lambda_function\" \"a\" { function_name = \"orders\" }\n"
      "resource \"aws_lambda_function\" \"b\" { function_name = var.name }\n"
      "resource \"aws_lambda_function\" \"c\" { function_name = \"c\" }\n"
      "resource \"aws_cloudwatch_log_group\" \"a\" { name = \"/aws/lambda/orders\" }\n"
      "resource \"aws_cloudwatch_log_group\" \"b\" {\n"
      "  name = \"/aws/lambda/${var.name}\"\n"
      "  retention_in_days = 14\n"
      "}\n"
      "resource \"aws_cloudwatch_log_group\" \"c\" { name = \"/aws/lambda/${aws_lambda_function.c.function_name}\" }\n"
      "resource \"aws_cloudwatch_log_group\" \"other\" { name = \"/ecs/app\" }\n"
      "resource \"aws_cloudwatch_metric_alarm\" \"errors\" {\n"
      "  metric_name = \"Errors\"\n"
      "  namespace = \"AWS/Lambda\"\n"
      "  dimensions = { FunctionName = aws_lambda_function.b.function_name }\n"
      "}\n"
      "resource \"aws_sqs_queue\" \"dlq\" {}\n"
      "resource \"aws_sqs_queue\" \"q\" {\n"
      "  visibility_timeout_seconds = 60\n"
      "  redrive_policy = jsonencode({ deadLetterTargetArn = aws_sqs_queue.dlq.arn, maxReceiveCount = 4 })\n"
      "}\n");
  const auto& groups = b.project->logGroups;
  ASSERT_EQ(groups.size(), 4u);
  EXPECT_EQ(groups[0].functionId, "aws_lambda_function.a");
  EXPECT_EQ(groups[1].functionId, "aws_lambda_function.b");
  EXPECT_EQ(groups[1].retentionInDays.text, "14");
  EXPECT_EQ(groups[2].functionId, "aws_lambda_function.c");
  EXPECT_EQ(groups[3].functionId, "");
  ASSERT_EQ(b.project->alarms.size(), 1u);
  EXPECT_EQ(b.project->alarms[0].functionId, "aws_lambda_function.b");
  EXPECT_EQ(b.project->alarms[0].metricName.text, "Errors");
  ASSERT_EQ(b.project->queues.size(), 2u);
  const model::Queue& q = b.project->queues[1];
  EXPECT_EQ(q.id, "aws_sqs_queue.q");
  EXPECT_EQ(q.visibilityTimeout.text, "60");
  EXPECT_TRUE(q.redriveSet);
  EXPECT_EQ(q.deadLetterTarget.name, "aws_sqs_queue.dlq");
  EXPECT_EQ(q.maxReceiveCount.text, "4");
  EXPECT_FALSE(b.project->queues[0].redriveSet);
}

TEST(TerraformLambdaModule, CommonInputsMakeAFunctionWithItsOwnRole) {
  Built b = build(
      "module \"orders\" {\n"
      "  source = \"terraform-aws-modules/lambda/aws\"\n"
      "  function_name = \"orders\"\n"
      "  handler = \"app.handler\"\n"
      "  runtime = \"python3.12\"\n"
      "  source_path = \"../src/orders\"\n"
      "  timeout = 20\n"
      "  environment_variables = { TABLE = \"orders\" }\n"
      "  vpc_subnet_ids = [\"subnet-a\"]\n"
      "  attach_policy_statements = true\n"
      "  policy_statements = {\n"
      "    all = { effect = \"Allow\", actions = [\"*\"], resources = [\"*\"] }\n"
      "  }\n"
      "}\n"
      "module \"other\" { source = \"terraform-aws-modules/s3-bucket/aws\" }\n");
  ASSERT_EQ(b.project->functions.size(), 1u);
  const model::Function& f = b.fn("module.orders");
  EXPECT_EQ(f.code.text, "../src/orders");
  EXPECT_EQ(f.timeout.text, "20");
  EXPECT_EQ(f.environment.at(0).name, "TABLE");
  ASSERT_TRUE(f.vpc.has_value());
  EXPECT_FALSE(f.vpc->securityGroupsSet);
  ASSERT_NE(f.role, nullptr);
  EXPECT_TRUE(f.role->implicit);
  ASSERT_EQ(f.role->policies.size(), 1u);
  EXPECT_EQ(f.role->policies[0].statements.at(0).actions.at(0).text, "*");
}

TEST(TerraformLambdaModule, LayersAndDisabledCallsAreNotFunctionsAndTheLogGroupIsTheModules) {
  Built b = build(
      "module \"layer\" {\n"
      "  source = \"terraform-aws-modules/lambda/aws\"\n"
      "  create_layer = true\n"
      "}\n"
      "module \"off\" {\n"
      "  source = \"terraform-aws-modules/lambda/aws\"\n"
      "  create_function = false\n"
      "}\n"
      "variable \"create\" {}\n"
      "module \"fn\" {\n"
      "  source = \"terraform-aws-modules/lambda/aws\"\n"
      "  create = var.create\n"
      "  cloudwatch_logs_retention_in_days = 30\n"
      "  reserved_concurrent_executions = -1\n"
      "  snap_start = true\n"
      "  destination_on_failure = \"arn:aws:sqs:eu-west-1:1:q\"\n"
      "}\n");
  ASSERT_EQ(b.project->functions.size(), 1u);
  const model::Function& f = b.fn("module.fn");
  EXPECT_FALSE(f.reservedConcurrency.present());
  EXPECT_EQ(f.snapStart.text, "PublishedVersions");
  EXPECT_FALSE(f.onFailureDestination.present());  // without create_async_event_config
  ASSERT_EQ(b.project->logGroups.size(), 1u);
  EXPECT_EQ(b.project->logGroups[0].functionId, "module.fn");
  EXPECT_EQ(b.project->logGroups[0].retentionInDays.text, "30");
  EXPECT_EQ(b.project->logGroups[0].where.range.begin.line, 13u);
}

// --- modules over several files, through the engine ----------------------------------------

class TerraformFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("lambdalint-tf-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  AnalysisResult run() {
    AnalysisOptions options;
    options.paths = {dir_.string()};
    options.root = dir_;
    return analyze(options);
  }
  fs::path dir_;
};

TEST_F(TerraformFolder, ReferencesCrossFilesAndFindingsKeepTheirFile) {
  write("iam.tf",
        "resource \"aws_iam_role\" \"shared\" {}\n"
        "resource \"aws_iam_role_policy\" \"p\" {\n"
        "  role = aws_iam_role.shared.id\n"
        "  policy = jsonencode({ Statement = [{ Effect = \"Allow\", Action = \"*\", Resource = \"*\" }] })\n"
        "}\n");
  write("main.tf",
        "resource \"aws_lambda_function\" \"a\" {\n"
        "  role = aws_iam_role.shared.arn\n"
        "  timeout = 10\n"
        "}\n"
        "resource \"aws_lambda_function\" \"b\" {\n"
        "  role = aws_iam_role.shared.arn\n"
        "  timeout = 10\n"
        "}\n");
  AnalysisResult r = run();
  EXPECT_EQ(r.functionCount, 2u);
  std::multiset<std::string> found;
  for (const Finding& f : r.findings.all())
    found.insert(f.ruleId + " " + f.location.file + ":" + std::to_string(f.location.range.begin.line));
  EXPECT_EQ(found.count("SEC001 iam.tf:1"), 1u);
  EXPECT_EQ(found.count("SEC002 iam.tf:4"), 1u);
}

TEST_F(TerraformFolder, SuppressionsAndSyntaxErrorsInOtherFilesOfTheModule) {
  write("a.tf", "resource \"aws_iam_role\" \"r\" {}\n");
  write("b.tf",
        "resource \"aws_lambda_function\" \"f\" {  # lambdalint: ignore REL001 -- set by a wrapper\n"
        "  role = aws_iam_role.r.arn\n"
        "}\n");
  write("c.tf", "resource \"aws_sqs_queue\" \"q\" {\n");
  AnalysisResult r = run();
  bool suppressed = false, inp001 = false;
  for (const Finding& f : r.findings.all()) {
    if (f.ruleId == "REL001") suppressed = f.location.file == "b.tf" && f.suppression.has_value();
    if (f.ruleId == "INP001") inp001 = f.location.file == "c.tf";
  }
  EXPECT_TRUE(suppressed);
  EXPECT_TRUE(inp001);
}

TEST_F(TerraformFolder, OtherCloudsAreSkipped) {
  write("main.tf", "resource \"google_storage_bucket\" \"b\" { name = \"x\" }\n");
  AnalysisResult r = run();
  EXPECT_TRUE(r.findings.empty());
  EXPECT_TRUE(r.filesAnalysed.empty());
}

}  // namespace

// Google Benchmark micro-benchmarks of the hot parts of lambdalint (issue #8): the YAML/JSON
// document parser, the CloudFormation/SAM model builder, the secret scanner, the handler
// summaries (tree-sitter parse plus the analyzer's walk of the tree), and one whole template
// through every rule.
// Built with -DLAMBDALINT_BENCHMARKS=ON (target lambdalint_micro_benchmarks); not part of the
// test suite. Inputs are generated here, so the figures do not depend on files on disk:
//
//   build-bench/bench/micro/lambdalint_micro_benchmarks --benchmark_min_time=0.5
#include <benchmark/benchmark.h>

#include <memory>
#include <string>

#include "lambdalint/analyzers/analyzer.hpp"
#include "lambdalint/document/parse.hpp"
#include "lambdalint/engine/analyze.hpp"
#include "lambdalint/frontends/cloudformation.hpp"
#include "lambdalint/secrets/scanner.hpp"

using namespace lambdalint;

namespace {

// A SAM template with `functions` functions, each with the usual parts: environment with
// intrinsics, a VPC, policies, an event; Globals, parameters and shared resources.
std::string samTemplate(int functions) {
  std::string t =
      "AWSTemplateFormatVersion: '2010-09-09'\n"
      "Transform: AWS::Serverless-2016-10-31\n"
      "Parameters:\n  Stage: {Type: String, Default: dev}\n"
      "  SubnetA: {Type: 'AWS::EC2::Subnet::Id'}\n  SubnetB: {Type: 'AWS::EC2::Subnet::Id'}\n"
      "Globals:\n  Function:\n    Architectures: [arm64]\n    Environment:\n      Variables:\n"
      "        LOG_LEVEL: !FindInMap [Config, !Ref Stage, LogLevel]\n"
      "Mappings:\n  Config:\n    dev: {LogLevel: DEBUG}\n"
      "Resources:\n"
      "  Table:\n    Type: AWS::DynamoDB::Table\n    Properties:\n"
      "      BillingMode: PAY_PER_REQUEST\n"
      "  Queue:\n    Type: AWS::SQS::Queue\n    Properties: {VisibilityTimeout: 180}\n"
      "  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties: {GroupDescription: x}\n";
  for (int i = 0; i < functions; ++i) {
    std::string n = "Fn" + std::to_string(i);
    t += "  " + n + ":\n    Type: AWS::Serverless::Function\n    Properties:\n"
         "      CodeUri: src/\n      Handler: app.handler\n      Runtime: python3.12\n"
         "      MemorySize: 512\n      Timeout: " + std::to_string(5 + i % 20) + "\n"
         "      Environment:\n        Variables:\n"
         "          TABLE_NAME: !Ref Table\n"
         "          SERVICE_URL: !Sub 'https://${AWS::Region}.example.com/" + n + "'\n"
         "          QUEUE_ARN: !GetAtt Queue.Arn\n"
         "      VpcConfig:\n        SubnetIds: [!Ref SubnetA, !Ref SubnetB]\n"
         "        SecurityGroupIds: [!Ref Sg]\n"
         "      Policies:\n        - DynamoDBCrudPolicy: {TableName: !Ref Table}\n"
         "        - Statement:\n            - Effect: Allow\n"
         "              Action: [sqs:SendMessage, sqs:GetQueueUrl]\n"
         "              Resource: !GetAtt Queue.Arn\n"
         "      Events:\n        Api:\n          Type: Api\n"
         "          Properties: {Path: /" + n + ", Method: post}\n";
  }
  return t;
}

// The same shape as JSON (long-form intrinsics).
std::string jsonTemplate(int functions) {
  std::string t = "{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n  \"Resources\": {\n"
                  "    \"Table\": {\"Type\": \"AWS::DynamoDB::Table\"}";
  for (int i = 0; i < functions; ++i) {
    std::string n = "Fn" + std::to_string(i);
    t += ",\n    \"" + n + "Role\": {\"Type\": \"AWS::IAM::Role\", \"Properties\": {"
         "\"AssumeRolePolicyDocument\": {\"Statement\": [{\"Effect\": \"Allow\", "
         "\"Principal\": {\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]},"
         " \"Policies\": [{\"PolicyName\": \"p\", \"PolicyDocument\": {\"Statement\": [{"
         "\"Effect\": \"Allow\", \"Action\": [\"dynamodb:PutItem\"], "
         "\"Resource\": {\"Fn::GetAtt\": [\"Table\", \"Arn\"]}}]}}]}},\n"
         "    \"" + n + "\": {\"Type\": \"AWS::Lambda::Function\", \"Properties\": {"
         "\"Runtime\": \"nodejs22.x\", \"Handler\": \"index.handler\", \"Timeout\": 10, "
         "\"Role\": {\"Fn::GetAtt\": [\"" + n + "Role\", \"Arn\"]}, "
         "\"Code\": {\"S3Bucket\": \"b\", \"S3Key\": \"k.zip\"}, "
         "\"Environment\": {\"Variables\": {\"TABLE\": {\"Ref\": \"Table\"}}}}}";
  }
  return t + "\n  }\n}\n";
}

std::string pythonHandler(int helpers) {
  std::string s = "import json\nimport os\n\nimport boto3\nimport urllib.request\n\n"
                  "TABLE = boto3.resource('dynamodb').Table(os.environ['TABLE_NAME'])\n"
                  "SEEN = []\n\n\n"
                  "def handler(event, context):\n"
                  "    s3 = boto3.client('s3')\n"
                  "    SEEN.append(event.get('id'))\n"
                  "    body = json.loads(event.get('body') or '{}')\n"
                  "    urllib.request.urlopen('https://example.com/ping')\n"
                  "    for item in body.get('items', []):\n"
                  "        TABLE.put_item(Item=normalise_0(item))\n"
                  "    return {'statusCode': 200, 'body': json.dumps({'region': os.environ.get('REGION')})}\n";
  for (int i = 0; i < helpers; ++i)
    s += "\n\ndef normalise_" + std::to_string(i) + "(item):\n"
         "    out = {k.lower(): v for k, v in item.items() if v is not None}\n"
         "    out.setdefault('status', 'new')\n"
         "    if out.get('kind') == 'a':\n        return out\n"
         "    return dict(out, token='not-a-secret')\n";
  return s;
}

std::string jsHandler(int helpers) {
  std::string s = "import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';\n\n"
                  "const client = new DynamoDBClient({});\nconst seen = [];\n\n"
                  "export const handler = async (event) => {\n"
                  "  const s3 = new S3Client({});\n  seen.push(event.id);\n"
                  "  const body = JSON.parse(event.body || '{}');\n"
                  "  for (const item of body.items || []) {\n"
                  "    await client.send(new PutItemCommand({ TableName: process.env.TABLE_NAME, Item: item }));\n"
                  "  }\n  await fetch('https://example.com/ping');\n"
                  "  return { statusCode: 200, body: JSON.stringify({ n: seen.length }) };\n};\n";
  for (int i = 0; i < helpers; ++i)
    s += "\nfunction normalise" + std::to_string(i) + "(item) {\n"
         "  const out = {};\n  for (const [k, v] of Object.entries(item)) if (v != null) out[k.toLowerCase()] = v;\n"
         "  return out.kind === 'a' ? out : { ...out, status: 'new' };\n}\n";
  return s;
}

// Handler source text with string literals of every kind the scanner looks at: ordinary
// words, identifiers, base64 blobs (the slow case for regex gaps), and a few real-looking
// tokens.
std::string secretScanText(size_t bytes) {
  std::string s;
  uint64_t x = 88172645463325252ull;
  auto next = [&x] {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  };
  static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  while (s.size() < bytes) {
    switch (next() % 6) {
      case 0: s += "const tableName = process.env.TABLE_NAME; // the orders table\n"; break;
      case 1: s += "url = 'https://api.example.com/v1/orders?limit=50&page=' + str(page)\n"; break;
      case 2: {
        s += "blob = \"";
        for (int i = 0; i < 200; ++i) s += kB64[next() % 64];
        s += "\"\n";
        break;
      }
      case 3: s += "arn = 'arn:aws:lambda:eu-west-1:123456789012:function:orders-prod'\n"; break;
      case 4: s += "headers = {'Authorization': 'Bearer ' + token, 'Accept': 'application/json'}\n"; break;
      default: s += "key = 'AKIAIOSFODNN7EXAMPLE'; gh = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'\n";
    }
  }
  return s;
}

void setBytes(benchmark::State& state, size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

// --- parsing ---------------------------------------------------------------------------------

void BM_ParseYaml(benchmark::State& state) {
  auto file = std::make_shared<SourceFile>("template.yaml", samTemplate(static_cast<int>(state.range(0))));
  for (auto _ : state) {
    auto document = doc::parseDocument(file);
    benchmark::DoNotOptimize(document.get());
  }
  setBytes(state, file->content().size());
}
BENCHMARK(BM_ParseYaml)->Arg(10)->Arg(1000);

void BM_ParseJson(benchmark::State& state) {
  auto file = std::make_shared<SourceFile>("template.json", jsonTemplate(static_cast<int>(state.range(0))));
  for (auto _ : state) {
    auto document = doc::parseDocument(file);
    benchmark::DoNotOptimize(document.get());
  }
  setBytes(state, file->content().size());
}
BENCHMARK(BM_ParseJson)->Arg(10)->Arg(1000);

// --- model building (parse excluded: each iteration builds from a fresh parsed document) ------

void BM_BuildModel(benchmark::State& state) {
  auto file = std::make_shared<SourceFile>("template.yaml", samTemplate(static_cast<int>(state.range(0))));
  for (auto _ : state) {
    state.PauseTiming();
    auto document = doc::parseDocument(file);  // Globals merging writes into the document
    state.ResumeTiming();
    auto project = frontends::cloudformation::buildProject(*document);
    benchmark::DoNotOptimize(project.get());
    state.PauseTiming();
    project.reset();
    document.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));  // functions
}
BENCHMARK(BM_BuildModel)->Arg(10)->Arg(1000);

// --- the secret scanner ----------------------------------------------------------------------

void BM_SecretFindTokens(benchmark::State& state) {
  const secrets::Scanner& scanner = secrets::Scanner::standard();
  std::string text = secretScanText(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(scanner.findTokens(text));
  setBytes(state, text.size());
}
BENCHMARK(BM_SecretFindTokens)->Arg(64 << 10)->Arg(1 << 20);

void BM_SecretClassifyValue(benchmark::State& state) {
  const secrets::Scanner& scanner = secrets::Scanner::standard();
  const std::string values[] = {"orders-table", "arn:aws:sqs:eu-west-1:123456789012:q",
                                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "hunter2-123456",
                                "https://user:pa55word@db.example.com/x", "DEBUG",
                                "{{resolve:secretsmanager:db:SecretString:password}}",
                                "c2VjcmV0LXZhbHVlLXRoYXQtaXMtbG9uZy1lbm91Z2g="};
  size_t bytes = 0;
  for (const auto& v : values) bytes += v.size();
  for (auto _ : state)
    for (const auto& v : values) benchmark::DoNotOptimize(scanner.classifyValue(v));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(std::size(values)));
  setBytes(state, bytes);
}
BENCHMARK(BM_SecretClassifyValue);

// --- handler summaries: tree-sitter parse plus the analyzer's walk of the tree ----------------

void BM_HandlerPython(benchmark::State& state) {
  auto file = std::make_shared<SourceFile>("app.py", pythonHandler(static_cast<int>(state.range(0))));
  for (auto _ : state)
    benchmark::DoNotOptimize(analyzers::analyzeFile(file, analyzers::Language::Python));
  setBytes(state, file->content().size());
}
BENCHMARK(BM_HandlerPython)->Arg(1)->Arg(200);

void BM_HandlerJavaScript(benchmark::State& state) {
  auto file = std::make_shared<SourceFile>("app.js", jsHandler(static_cast<int>(state.range(0))));
  for (auto _ : state)
    benchmark::DoNotOptimize(analyzers::analyzeFile(file, analyzers::Language::JavaScript));
  setBytes(state, file->content().size());
}
BENCHMARK(BM_HandlerJavaScript)->Arg(1)->Arg(200);

// --- one template through the whole in-memory pipeline (parse, model, every rule) --------------

void BM_AnalyzeTemplate(benchmark::State& state) {
  std::string text = samTemplate(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(analyzeText("template.yaml", text));
  setBytes(state, text.size());
}
BENCHMARK(BM_AnalyzeTemplate)->Arg(10)->Arg(1000);

}  // namespace

BENCHMARK_MAIN();

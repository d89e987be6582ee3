// Source analyzers (Python, JavaScript/TypeScript) and handler resolution.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "lambdalint/analyzers/analyzer.hpp"
#include "lambdalint/handlers/link.hpp"

namespace fs = std::filesystem;
using namespace lambdalint;

namespace {

std::shared_ptr<const model::CodeSummary> summarise(const char* path, const char* code) {
  auto lang = analyzers::languageOfFile(path);
  EXPECT_TRUE(lang.has_value());
  return analyzers::analyzeFile(std::make_shared<SourceFile>(path, code), *lang);
}

TEST(PythonAnalyzer, SummarisesTheHandler) {
  auto s = summarise("app.py", R"(import os
import boto3
import requests

s3 = boto3.client("s3")
cache = {}
TABLE = os.environ["TABLE"]

def handler(event, context):
    sns = boto3.client(service_name="sns")
    cache[event["id"]] = 1
    level = os.environ.get("LEVEL", "info")
    s3.get_object(Bucket="b", Key="k")
    with open("/tmp/out.txt", "w") as f:
        f.write("x")
    if event and level:
        helper()
    return requests.get("https://example.com")

def helper():
    return os.getenv("OTHER")
)");
  ASSERT_TRUE(s);
  EXPECT_FALSE(s->syntaxErrors);
  ASSERT_EQ(s->functions.size(), 2u);
  const model::CodeFunction* h = s->function("handler");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->where.range.begin.line, 9u);
  EXPECT_EQ(h->branches, 2);  // if, and
  EXPECT_GE(h->statements, 7);
  EXPECT_EQ(s->reachableFrom("handler"), (std::vector<std::string>{"handler", "helper"}));

  ASSERT_EQ(s->clients.size(), 2u);
  EXPECT_EQ(s->clients[0].function, "");
  EXPECT_EQ(s->clients[0].service, "s3");
  EXPECT_EQ(s->clients[0].variable, "s3");
  EXPECT_EQ(s->clients[1].function, "handler");
  EXPECT_EQ(s->clients[1].service, "sns");

  ASSERT_EQ(s->envReads.size(), 3u);
  EXPECT_EQ(s->envReads[0].name, "TABLE");
  EXPECT_TRUE(s->envReads[0].raises);
  EXPECT_EQ(s->envReads[1].name, "LEVEL");
  EXPECT_TRUE(s->envReads[1].hasDefault);
  EXPECT_EQ(s->envReads[2].name, "OTHER");
  EXPECT_FALSE(s->envReads[2].hasDefault);
  EXPECT_EQ(s->envReads[2].function, "helper");

  ASSERT_EQ(s->stateWrites.size(), 1u);
  EXPECT_EQ(s->stateWrites[0].variable, "cache");
  EXPECT_TRUE(s->stateWrites[0].grows);
  ASSERT_EQ(s->sdkCalls.size(), 1u);
  EXPECT_EQ(s->sdkCalls[0].service, "s3");
  EXPECT_EQ(s->sdkCalls[0].operation, "get_object");
  EXPECT_EQ(s->tmpWrites.size(), 1u);
  ASSERT_EQ(s->outboundCalls.size(), 1u);
  EXPECT_FALSE(s->outboundCalls[0].hasTimeout);
}

TEST(JavaScriptAnalyzer, SummarisesJavaScriptAndTypeScript) {
  const char* code = R"(import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
const s3 = new S3Client({});
const seen = new Set();
export const handler = async (event) => {
  const ddb = new DynamoDBClient({});
  seen.add(event.id);
  const bucket = process.env.BUCKET ?? "b";
  const key = process.env["KEY"];
  await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return fetch("https://example.com");
};
)";
  for (const char* path : {"index.mjs", "index.ts"}) {
    auto s = summarise(path, code);
    ASSERT_TRUE(s) << path;
    EXPECT_FALSE(s->syntaxErrors) << path;
    ASSERT_NE(s->function("handler"), nullptr) << path;
    ASSERT_EQ(s->clients.size(), 2u) << path;
    EXPECT_EQ(s->clients[0].function, "");
    EXPECT_EQ(s->clients[1].function, "handler");
    EXPECT_EQ(s->clients[1].service, "dynamodb");
    ASSERT_EQ(s->envReads.size(), 2u) << path;
    EXPECT_TRUE(s->envReads[0].hasDefault);
    EXPECT_FALSE(s->envReads[1].hasDefault);
    ASSERT_EQ(s->stateWrites.size(), 1u) << path;
    EXPECT_EQ(s->stateWrites[0].variable, "seen");
    ASSERT_EQ(s->sdkCalls.size(), 1u) << path;
    EXPECT_EQ(s->sdkCalls[0].operation, "GetObject");
    ASSERT_EQ(s->outboundCalls.size(), 1u) << path;
  }
}

TEST(Analyzers, SurviveBrokenInput) {
  auto s = summarise("broken.py", "def handler(:\n  x = = 1\n\x01\xff");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->syntaxErrors);
  EXPECT_TRUE(summarise("broken.js", "export const handler = async ( => {"));
}

// --- resolution ---------------------------------------------------------------------------

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

model::Value literal(std::string text) {
  model::Value v;
  v.kind = model::Value::Kind::Literal;
  v.text = std::move(text);
  return v;
}

model::Function function(std::string runtime, std::string handler, std::string code) {
  model::Function fn;
  fn.id = handler;
  fn.runtime = literal(std::move(runtime));
  fn.handler = literal(std::move(handler));
  fn.code = literal(std::move(code));
  return fn;
}

class HandlerLinks : public ::testing::Test {
 protected:
  void SetUp() override {
    outside_ = fs::temp_directory_path() / ("lambdalint-link-" + std::to_string(::getpid()));
    fs::remove_all(outside_);
    root_ = outside_ / "project";
    write(outside_ / "secret" / "app.py", "def handler(e, c):\n    pass\n");
    write(root_ / "src" / "app.py", "def handler(e, c):\n    pass\n");
    write(root_ / "src" / "orders" / "api.py", "def handler(e, c):\n    pass\n");
    write(root_ / "ts" / "app.ts", "export const lambdaHandler = async () => 1;\n");
    fs::create_directories(root_ / "linked");
    fs::create_symlink(outside_ / "secret" / "app.py", root_ / "linked" / "app.py");
  }
  void TearDown() override { fs::remove_all(outside_); }

  model::Project link(std::vector<model::Function> fns) {
    model::Project p;
    p.functions = std::move(fns);
    handlers::LinkContext ctx;
    ctx.templateDir = root_;
    ctx.boundary = handlers::scanBoundary({root_.string()}, root_ / "template.yaml");
    ctx.displayRoot = root_;
    handlers::linkHandlers(p, ctx);
    return p;
  }

  fs::path outside_, root_;
};

TEST_F(HandlerLinks, ResolvesPythonAndTypeScript) {
  auto p = link({function("python3.12", "app.handler", "src/"),
                 function("python3.12", "orders.api.handler", "src"),
                 function("nodejs20.x", "app.lambdaHandler", "ts/"),
                 function("python3.12", "app.handler", "src/")});
  using S = model::HandlerLink::Status;
  EXPECT_EQ(p.functions[0].handlerLink.status, S::Found);
  EXPECT_EQ(p.functions[0].handlerLink.file, "src/app.py");
  EXPECT_EQ(p.functions[1].handlerLink.file, "src/orders/api.py");
  EXPECT_EQ(p.functions[2].handlerLink.status, S::Found);
  EXPECT_EQ(p.functions[2].handlerLink.file, "ts/app.ts");
  EXPECT_EQ(p.functions[2].handlerLink.tried,
            (std::vector<std::string>{"ts/app.js", "ts/app.mjs", "ts/app.cjs", "ts/app.ts"}));
  // One file, parsed once: both functions share its summary.
  EXPECT_EQ(p.functions[0].handlerLink.summary, p.functions[3].handlerLink.summary);
}

TEST_F(HandlerLinks, NeverReadsOutsideTheRoot) {
  auto p = link({function("python3.12", "app.handler", "../secret/"),
                 function("python3.12", "app.handler", outside_.string() + "/secret"),
                 function("python3.12", "app.handler", "linked/"),
                 function("python3.12", "../secret/app.handler", "src/")});
  for (const model::Function& fn : p.functions) {
    EXPECT_EQ(fn.handlerLink.status, model::HandlerLink::Status::OutsideRoot) << fn.code.text;
    EXPECT_EQ(fn.handlerLink.summary, nullptr) << fn.code.text;
  }
}

TEST_F(HandlerLinks, ReportsWhatIsMissing) {
  auto p = link({function("python3.12", "missing.handler", "src/"),
                 function("python3.12", "app.other", "src/"),
                 function("python3.12", "app.handler", "not-here/"),
                 function("java21", "com.example.Handler::handleRequest", "src/"),
                 function("python3.12", "app.handler", "s3://bucket/code.zip")});
  using S = model::HandlerLink::Status;
  EXPECT_EQ(p.functions[0].handlerLink.status, S::FileNotFound);
  EXPECT_EQ(p.functions[0].handlerLink.tried, std::vector<std::string>{"src/missing.py"});
  EXPECT_EQ(p.functions[1].handlerLink.status, S::FunctionNotFound);
  EXPECT_EQ(p.functions[2].handlerLink.status, S::NotLocal);
  EXPECT_EQ(p.functions[3].handlerLink.status, S::UnsupportedRuntime);
  EXPECT_EQ(p.functions[4].handlerLink.status, S::NotLocal);
}

}  // namespace

namespace {

// Every prefix of every handler file in the fixtures (cut every 5 bytes) parses without
// crashing: error recovery leaves nodes without the fields the analyzers look for.
TEST(Analyzers, SurviveEveryTruncationOfTheFixtures) {
  size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(LAMBDALINT_SOURCE_DIR) / "testdata")) {
    auto lang = analyzers::languageOfFile(e.path().string());
    if (!e.is_regular_file() || !lang) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::string code((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (size_t cut = 0; cut <= code.size(); cut += 5)
      ASSERT_TRUE(analyzers::analyzeFile(std::make_shared<SourceFile>("x", code.substr(0, cut)), *lang))
          << e.path() << " cut at " << cut;
    ++files;
  }
  EXPECT_GT(files, 10u);
}

}  // namespace

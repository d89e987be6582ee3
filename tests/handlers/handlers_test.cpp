// Source analyzers (Python, JavaScript/TypeScript) and handler resolution.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "lambdalint/analyzers/analyzer.hpp"
#include "lambdalint/handlers/link.hpp"
#include "handlers/layouts.hpp"

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

TEST(GoAnalyzer, SummarisesTheHandler) {
  auto s = summarise("main.go", R"(package main

import (
	"context"
	"net/http"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	s3svc "github.com/aws/aws-sdk-go-v2/service/s3"
)

var table = os.Getenv("TABLE")
var seen = map[string]int{}
var db *dynamodb.Client

func handle(ctx context.Context, id string) error {
	seen[id] = 1
	cfg, _ := config.LoadDefaultConfig(ctx)
	s3 := s3svc.NewFromConfig(cfg)
	s3.PutObject(ctx, nil)
	db.GetItem(ctx, nil)
	os.WriteFile("/tmp/out", nil, 0o600)
	if id != "" && table != "" {
		helper()
	}
	_, err := http.Get("https://example.com")
	return err
}

func helper() { _ = os.Getenv("OTHER") }

func main() {
	seen = map[string]int{}
	lambda.Start(handle)
}
)");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->language, "go");
  EXPECT_FALSE(s->syntaxErrors);
  EXPECT_EQ(s->startedHandler, "handle");
  const model::CodeFunction* h = s->function("handle");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->where.range.begin.line, 18u);
  EXPECT_EQ(h->branches, 2);  // if, &&
  EXPECT_EQ(s->reachableFrom("handle"), (std::vector<std::string>{"handle", "helper"}));

  ASSERT_EQ(s->moduleVariables.size(), 3u);
  EXPECT_TRUE(s->moduleVariable("seen")->mutableContainer);
  EXPECT_FALSE(s->moduleVariable("db")->mutableContainer);
  // The write in main runs once, at cold start: only the handler's counts.
  ASSERT_EQ(s->stateWrites.size(), 1u);
  EXPECT_EQ(s->stateWrites[0].variable, "seen");
  EXPECT_EQ(s->stateWrites[0].function, "handle");
  EXPECT_TRUE(s->stateWrites[0].grows);

  ASSERT_EQ(s->clients.size(), 2u);
  EXPECT_EQ(s->clients[0].function, "handle");
  EXPECT_EQ(s->clients[0].service, "");  // the shared configuration
  EXPECT_EQ(s->clients[1].service, "s3");  // through the import's alias
  EXPECT_EQ(s->clients[1].variable, "s3");

  std::string calls;
  for (const model::SdkCall& c : s->sdkCalls) calls += c.service + "." + c.operation + " ";
  ASSERT_EQ(s->sdkCalls.size(), 2u) << calls;
  EXPECT_EQ(s->sdkCalls[0].service, "s3");
  EXPECT_EQ(s->sdkCalls[0].operation, "PutObject");
  EXPECT_EQ(s->sdkCalls[1].service, "dynamodb");  // a package variable typed as the client
  EXPECT_EQ(s->sdkCalls[1].operation, "GetItem");

  ASSERT_EQ(s->envReads.size(), 2u);
  EXPECT_EQ(s->envReads[0].name, "TABLE");
  EXPECT_EQ(s->envReads[0].function, "");
  EXPECT_EQ(s->envReads[1].name, "OTHER");
  EXPECT_EQ(s->envReads[1].function, "helper");
  EXPECT_EQ(s->tmpWrites.size(), 1u);
  ASSERT_EQ(s->outboundCalls.size(), 1u);
  EXPECT_EQ(s->outboundCalls[0].call, "http.Get");
  EXPECT_FALSE(s->outboundCalls[0].hasTimeout);
}

TEST(GoAnalyzer, NamesWhatLambdaStartIsGiven) {
  auto started = [](const char* body) {
    std::string code = std::string("package main\n\nimport (\n\t\"context\"\n\t\"example.com/app/orders\"\n"
                                   "\tawslambda \"github.com/aws/aws-lambda-go/lambda\"\n)\n\n") + body;
    return summarise("main.go", code.c_str())->startedHandler;
  };
  EXPECT_EQ(started("func main() { awslambda.Start(func(ctx context.Context) error { return nil }) }\n"),
            "main.func1");
  EXPECT_EQ(started("func main() { awslambda.Start(orders.Handle) }\n"), "orders.Handle");
  EXPECT_EQ(started("type h struct{}\nfunc (x *h) run() error { return nil }\n"
                    "func main() { v := &h{}; awslambda.StartWithOptions(v.run) }\n"),
            "h.run");
  EXPECT_EQ(started("func main() { v := newH(); awslambda.Start(v.run) }\n"), ".run");
  EXPECT_EQ(started("func handle() error { return nil }\n"
                    "func main() { awslambda.Start(wrap(handle, 3)) }\n"),
            "handle");
  // Not the Lambda package: no handler.
  EXPECT_EQ(summarise("main.go", "package main\nimport \"other/lambda\"\nfunc main() { lambda.Start(h) }\n")
                ->startedHandler,
            "");
}

TEST(JavaAnalyzer, SummarisesTheHandler) {
  auto s = summarise("Orders.java", R"(package com.example;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

public class Orders {
  private static final Map<String, String> CACHE = new HashMap<>();
  private final DynamoDbClient ddb = DynamoDbClient.create();

  public String handleRequest(Map<String, String> event, Context context) {
    S3Client s3 = S3Client.builder().build();
    CACHE.put(event.get("id"), "x");
    ddb.putItem(b -> b.tableName(System.getenv("TABLE")));
    s3.getObject(r -> r.bucket("b"));
    if (event.isEmpty() || CACHE.isEmpty()) {
      return helper();
    }
    return "";
  }

  private String helper() {
    return System.getenv().getOrDefault("LEVEL", "info");
  }

  public static class Api {
    public String handle(Map<String, String> e) {
      return "api";
    }
  }
}
)");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->language, "java");
  EXPECT_FALSE(s->syntaxErrors);
  const model::CodeFunction* h = s->function("handleRequest");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->where.range.begin.line, 13u);
  EXPECT_EQ(h->branches, 2);  // if, ||
  EXPECT_NE(s->function("Api.handle"), nullptr);
  EXPECT_EQ(s->reachableFrom("handleRequest"), (std::vector<std::string>{"handleRequest", "helper"}));

  ASSERT_EQ(s->moduleVariables.size(), 2u);
  EXPECT_TRUE(s->moduleVariable("CACHE")->mutableContainer);
  EXPECT_FALSE(s->moduleVariable("ddb")->mutableContainer);
  ASSERT_EQ(s->stateWrites.size(), 1u);
  EXPECT_EQ(s->stateWrites[0].variable, "CACHE");
  EXPECT_TRUE(s->stateWrites[0].grows);

  ASSERT_EQ(s->clients.size(), 2u);
  EXPECT_EQ(s->clients[0].function, "");  // a field initialiser: once per environment
  EXPECT_EQ(s->clients[0].service, "dynamodb");
  EXPECT_EQ(s->clients[0].variable, "ddb");
  EXPECT_EQ(s->clients[1].function, "handleRequest");
  EXPECT_EQ(s->clients[1].service, "s3");

  ASSERT_EQ(s->sdkCalls.size(), 2u);
  EXPECT_EQ(s->sdkCalls[0].service, "dynamodb");
  EXPECT_EQ(s->sdkCalls[0].operation, "PutItem");
  EXPECT_EQ(s->sdkCalls[1].service, "s3");
  EXPECT_EQ(s->sdkCalls[1].operation, "GetObject");

  ASSERT_EQ(s->envReads.size(), 2u);
  EXPECT_EQ(s->envReads[0].name, "TABLE");
  EXPECT_FALSE(s->envReads[0].hasDefault);
  EXPECT_EQ(s->envReads[1].name, "LEVEL");
  EXPECT_TRUE(s->envReads[1].hasDefault);
}

TEST(Analyzers, SurviveBrokenInput) {
  auto s = summarise("broken.py", "def handler(:\n  x = = 1\n\x01\xff");
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->syntaxErrors);
  EXPECT_TRUE(summarise("broken.js", "export const handler = async ( => {"));
  EXPECT_TRUE(summarise("broken.go", "package main\nfunc main() { lambda.Start(\n"));
  EXPECT_TRUE(summarise("Broken.java", "class A { void handleRequest( { x = ; }"));
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
    handlers::ScanRoots roots({root_.string()});
    handlers::LinkContext ctx;
    ctx.templateDir = root_;
    ctx.boundary = roots.boundaryFor(root_ / "template.yaml");
    ctx.displayRoot = root_;
    ctx.paths = &roots.paths();  // as in a run: folders resolved once
    handlers::linkHandlers(p, ctx);
    return p;
  }

  fs::path outside_, root_;
};

TEST_F(HandlerLinks, PathResolverAgreesWithWeaklyCanonical) {
  fs::create_directory_symlink(outside_ / "secret", root_ / "secret-dir");
  handlers::PathResolver paths;
  // weakly_canonical may end a path whose missing tail cancels out ("missing/..") with a
  // separator; the resolver does not. Both name the same folder.
  auto expected = [](const fs::path& p) {
    std::string s = fs::weakly_canonical(p).string();
    if (s.size() > 1 && s.back() == '/') s.pop_back();
    return fs::path(s);
  };
  for (const fs::path& p :
       {root_ / "src" / "app.py", root_ / "src/", root_ / "src" / ".", root_ / "src" / ".." / "ts",
        root_ / "linked" / "app.py", root_ / "secret-dir" / "app.py", root_ / "secret-dir" / ".." / "src",
        root_ / "missing" / "deeper" / "x.py", root_ / "linked" / ".." / "missing" / ".."}) {
    EXPECT_EQ(paths.canonical(p), expected(p)) << p;
    EXPECT_EQ(paths.canonical(p), expected(p)) << p << " (second time, from the cache)";
    EXPECT_EQ(paths.folder(p), expected(p)) << p << " (as a folder, cached)";
    EXPECT_EQ(paths.isDirectory(p), fs::is_directory(p)) << p;
  }
}

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
                 function("ruby3.3", "app.handler", "src/"),
                 function("python3.12", "app.handler", "s3://bucket/code.zip"),
                 function("java21", "com.example.Handler::handleRequest", "src/")});
  using S = model::HandlerLink::Status;
  EXPECT_EQ(p.functions[0].handlerLink.status, S::FileNotFound);
  EXPECT_EQ(p.functions[0].handlerLink.tried, std::vector<std::string>{"src/missing.py"});
  EXPECT_EQ(p.functions[1].handlerLink.status, S::FunctionNotFound);
  EXPECT_EQ(p.functions[2].handlerLink.status, S::NotLocal);
  EXPECT_EQ(p.functions[3].handlerLink.status, S::UnsupportedRuntime);
  EXPECT_EQ(p.functions[4].handlerLink.status, S::NotLocal);
  // Java: every source layout was looked at for the class.
  EXPECT_EQ(p.functions[5].handlerLink.status, S::FileNotFound);
  EXPECT_EQ(p.functions[5].handlerLink.tried,
            (std::vector<std::string>{"src/src/main/java/com/example/Handler.java",
                                      "src/com/example/Handler.java",
                                      "src/src/com/example/Handler.java"}));
}


TEST_F(HandlerLinks, ResolvesGoMainPackages) {
  const std::string start = "import \"github.com/aws/aws-lambda-go/lambda\"\n";
  // CodeUri is the main package; the handler is a method in another file of it.
  write(root_ / "go" / "orders" / "main.go",
        "package main\n" + start + "func main() { h := &handler{}; lambda.Start(h.handle) }\n");
  write(root_ / "go" / "orders" / "handler.go",
        "package main\ntype handler struct{}\nfunc (h *handler) handle() error { return nil }\n");
  write(root_ / "go" / "orders" / "handler_test.go", "package main\n" + start +
                                                          "func main() { lambda.Start(nothing) }\n");
  // Serverless Framework: `handler: bin/hello` built from hello/.
  write(root_ / "sls" / "hello" / "main.go",
        "package main\n" + start + "func Handler() error { return nil }\nfunc main() { lambda.Start(Handler) }\n");
  // cmd/<name> layout.
  write(root_ / "gocmd" / "cmd" / "orders" / "main.go",
        "package main\n" + start + "func main() { lambda.Start(func() error { return nil }) }\n");
  // A Makefile (SAM BuildMethod makefile) names the package; the root's main.go is another binary.
  write(root_ / "gomake" / "Makefile",
        "build-OrdersFunction:\n\tGOOS=linux go build -tags lambda.norpc -o $(ARTIFACTS_DIR)/bootstrap ./functions/orders\n");
  write(root_ / "gomake" / "functions" / "orders" / "main.go",
        "package main\n" + start + "func orders() error { return nil }\nfunc main() { lambda.Start(orders) }\n");
  write(root_ / "gomake" / "main.go",
        "package main\n" + start + "func other() error { return nil }\nfunc main() { lambda.Start(other) }\n");
  write(root_ / "goext" / "main.go", "package main\n" + start +
                                         "import \"example.com/app/orders\"\nfunc main() { lambda.Start(orders.Handle) }\n");
  write(root_ / "gonostart" / "main.go", "package main\nfunc main() {}\n");
  write(root_ / "rust" / "main.rs", "fn main() {}\n");

  model::Function makefile = function("provided.al2023", "bootstrap", "gomake/");
  makefile.id = "OrdersFunction";
  model::Function noHandler = function("go1.x", "", "go/orders");
  noHandler.handler = {};
  auto p = link({function("provided.al2023", "bootstrap", "go/orders"), function("provided.al2", "bin/hello", "sls"),
                 function("go1.x", "orders", "gocmd"), makefile,
                 function("provided.al2023", "bootstrap", "goext"),
                 function("provided.al2023", "bootstrap", "gonostart"),
                 function("provided.al2023", "bootstrap", "rust"), noHandler});
  using S = model::HandlerLink::Status;
  const auto& l = [&](size_t i) -> const model::HandlerLink& { return p.functions[i].handlerLink; };
  EXPECT_EQ(l(0).status, S::Found) << l(0).reason;
  EXPECT_EQ(l(0).file, "go/orders/handler.go");
  EXPECT_EQ(l(0).function, "handler.handle");
  ASSERT_NE(l(0).handler, nullptr);
  EXPECT_EQ(l(0).handler->name, "handler.handle");
  EXPECT_EQ(l(1).status, S::Found) << l(1).reason;
  EXPECT_EQ(l(1).file, "sls/hello/main.go");
  EXPECT_EQ(l(1).function, "Handler");
  EXPECT_EQ(l(2).status, S::Found) << l(2).reason;
  EXPECT_EQ(l(2).file, "gocmd/cmd/orders/main.go");
  EXPECT_EQ(l(2).function, "main.func1");
  EXPECT_EQ(l(3).status, S::Found) << l(3).reason;
  EXPECT_EQ(l(3).file, "gomake/functions/orders/main.go");
  EXPECT_EQ(l(3).function, "orders");
  EXPECT_EQ(l(4).status, S::NotLocal);
  EXPECT_NE(l(4).reason.find("orders.Handle"), std::string::npos) << l(4).reason;
  EXPECT_EQ(l(5).status, S::FunctionNotFound);
  EXPECT_EQ(l(6).status, S::UnsupportedRuntime);
  EXPECT_EQ(l(7).status, S::Found) << l(7).reason;  // go1.x with no Handler written
}

TEST_F(HandlerLinks, ResolvesJavaClasses) {
  write(root_ / "java" / "src" / "main" / "java" / "com" / "example" / "Orders.java",
        "package com.example;\npublic class Orders {\n"
        "  public String handleRequest(Object e, Object c) { return \"\"; }\n"
        "  public static class Api { public String handle(Object e) { return \"\"; } }\n}\n");
  write(root_ / "java" / "src" / "main" / "java" / "com" / "example" / "Child.java",
        "package com.example;\npublic class Child extends Base {\n  void other() {}\n}\n");
  auto p = link({function("java21", "com.example.Orders::handleRequest", "java"),
                 function("java17", "com.example.Orders", "java/"),
                 function("java21", "com.example.Orders$Api::handle", "java"),
                 function("java21", "com.example.Orders::handleRequest", "java/target/orders-1.0.jar"),
                 function("java21", "com.example.Orders::process", "java"),
                 function("java21", "com.example.Child::handleRequest", "java"),
                 function("java21", "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest", "java"),
                 function("java21", "com.example.Orders::handleRequest", "java/orders.jar"),
                 function("java21", "com.example.Orders::handleRequest", "../java/target/orders.jar")});
  using S = model::HandlerLink::Status;
  const auto& l = [&](size_t i) -> const model::HandlerLink& { return p.functions[i].handlerLink; };
  for (size_t i : {0u, 1u, 2u, 3u}) {
    EXPECT_EQ(l(i).status, S::Found) << i << " " << l(i).reason;
    EXPECT_EQ(l(i).file, "java/src/main/java/com/example/Orders.java") << i;
  }
  EXPECT_EQ(l(1).function, "handleRequest");
  EXPECT_EQ(l(2).function, "Api.handle");
  ASSERT_NE(l(2).handler, nullptr);
  EXPECT_EQ(l(2).handler->name, "Api.handle");
  EXPECT_EQ(l(4).status, S::FunctionNotFound);
  EXPECT_EQ(l(5).status, S::NotLocal);  // inherited from Base: not followed
  EXPECT_NE(l(5).reason.find("Base"), std::string::npos) << l(5).reason;
  EXPECT_EQ(l(6).status, S::NotLocal);
  EXPECT_EQ(l(7).status, S::NotLocal);  // a jar that is not a build output
  EXPECT_EQ(l(8).status, S::OutsideRoot);
}

TEST(GoLayouts, MakefileNamesThePackage) {
  const char* sam =
      "GOFLAGS = -trimpath\n"
      ".PHONY: build\n"
      "build-OrdersFunction:\n"
      "\tGOOS=linux GOARCH=arm64 go build -ldflags=\"-s -w\" -o $(ARTIFACTS_DIR)/bootstrap ./cmd/orders\n"
      "build-UsersFunction:\n"
      "\tcd . && go build -o $(ARTIFACTS_DIR)/bootstrap users/main.go\n";
  EXPECT_EQ(handlers::goPackageOfMakefile(sam, "OrdersFunction", "bootstrap"), fs::path("cmd/orders"));
  EXPECT_EQ(handlers::goPackageOfMakefile(sam, "UsersFunction", "bootstrap"), fs::path("users"));
  EXPECT_EQ(handlers::goPackageOfMakefile(sam, "OtherFunction", "bootstrap"), std::nullopt);
  const char* sls =
      "build:\n"
      "\tenv GOOS=linux go build -ldflags \"-s -w\" -o bin/hello hello/main.go\n"
      "\tenv GOOS=linux go build -ldflags \"-s -w\" -o bin/world world/main.go\n"
      "\tgo build -o bin/ext github.com/x/y/cmd/ext\n"
      "\tgo build -o bin/up ../up\n"
      "\tgo build -o bin/here\n";
  EXPECT_EQ(handlers::goPackageOfMakefile(sls, "World", "bin/world"), fs::path("world"));
  EXPECT_EQ(handlers::goPackageOfMakefile(sls, "", "bin/hello"), fs::path("hello"));
  EXPECT_EQ(handlers::goPackageOfMakefile(sls, "", "bin/ext"), std::nullopt);
  EXPECT_EQ(handlers::goPackageOfMakefile(sls, "", "bin/up"), std::nullopt);
  EXPECT_EQ(handlers::goPackageOfMakefile(sls, "", "bin/here"), fs::path("."));
  EXPECT_EQ(handlers::goPackageOfMakefile("\x01\xff\tgo build -o\n:\n\t\"unterminated", "", "x"), std::nullopt);
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

// The C++ analyzer (Clang LibTooling in lambdalint-cpp-analyzer): what its matchers find in
// a handler file, and how lambdalint behaves when the helper fails or is missing. Skipped
// when this build has no helper (built without LLVM/Clang 14).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "lambdalint/analyzers/cpp.hpp"
#include "support/run_command.hpp"

namespace fs = std::filesystem;
using namespace lambdalint;
namespace cpp = lambdalint::analyzers::cpp;

namespace {

class CppAnalyzer : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string why;
    if (!cpp::helperPath(&why)) GTEST_SKIP() << why;
    dir_ = lambdalint::testing::makeTempDir();
  }

  std::shared_ptr<model::CodeSummary> analyze(const std::string& code, const std::string& name = "main.cpp") {
    fs::path p = fs::path(dir_) / name;
    std::ofstream(p, std::ios::binary) << code;
    return cpp::analyzeFile(std::make_shared<SourceFile>(name, code), {p, dir_, dir_});
  }

  static const model::CodeFunction* fn(const model::CodeSummary& s, const std::string& name) {
    return s.function(name);
  }

  static std::string notes(const model::CodeSummary& s) {
    std::string all;
    for (const std::string& n : s.notes) all += n + "\n";
    return all;
  }

  std::string dir_;
};

constexpr const char* kHandler = R"(#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/GetObjectRequest.h>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

using namespace aws::lambda_runtime;
using Storage = Aws::S3::S3Client;

static std::map<std::string, std::string> cache;
int invocations = 0;
const int kLimit = 10;

static std::string load(const std::string& key) {
  auto s3 = std::make_shared<Storage>();
  Aws::S3::Model::GetObjectRequest request;
  request.SetBucket(std::getenv("BUCKET"));
  auto outcome = s3->GetObjectAsync(request);
  cache[key] = "x";
  return key;
}

invocation_response my_handler(invocation_request const& req) {
  ++invocations;
  static int calls = 0;
  calls += 1;
  const char* region = std::getenv("REGION");
  if (!region) return invocation_response::failure("no region", "Config");
  std::string password = "hunter2hunter2";
  return invocation_response::success(load(req.payload), "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  Aws::S3::S3Client shared;
  std::string table = std::getenv("TABLE");
  run_handler(my_handler);
  return 0;
}
)";

TEST_F(CppAnalyzer, SummarisesTheHandlerAndWhatItReaches) {
  auto s = analyze(kHandler);
  ASSERT_FALSE(cpp::failure(*s)) << notes(*s);
  EXPECT_EQ(s->language, "cpp");
  EXPECT_EQ(s->startedHandler, "my_handler");
  ASSERT_TRUE(fn(*s, "my_handler"));
  ASSERT_TRUE(fn(*s, "load"));
  EXPECT_EQ(fn(*s, "my_handler")->where.range.begin.line, 26u);
  EXPECT_EQ(s->reachableFrom("my_handler"), (std::vector<std::string>{"my_handler", "load"}));

  // Module state: the const variable is not state; a function-local static is.
  std::vector<std::string> vars;
  for (const auto& v : s->moduleVariables) vars.push_back(v.name);
  EXPECT_EQ(vars, (std::vector<std::string>{"cache", "invocations", "calls"}));
  EXPECT_TRUE(s->moduleVariable("cache")->mutableContainer);
  ASSERT_EQ(s->stateWrites.size(), 3u);
  EXPECT_EQ(s->stateWrites[0].variable, "cache");
  EXPECT_EQ(s->stateWrites[0].how, "item assignment");
  EXPECT_TRUE(s->stateWrites[0].grows);
  EXPECT_EQ(s->stateWrites[0].function, "load");
  EXPECT_EQ(s->stateWrites[1].how, "increment");
  EXPECT_EQ(s->stateWrites[2].variable, "calls");
  EXPECT_EQ(s->stateWrites[2].how, "augmented assignment");

  // Clients: through a type alias and make_shared in `load`; main's are module scope.
  ASSERT_EQ(s->clients.size(), 3u);
  EXPECT_EQ(s->clients[0].service, "s3");
  EXPECT_EQ(s->clients[0].function, "load");
  EXPECT_EQ(s->clients[0].variable, "s3");
  EXPECT_EQ(s->clients[0].where.range.begin.line, 18u);
  EXPECT_EQ(s->clients[1].call, "Aws::InitAPI");
  EXPECT_EQ(s->clients[1].function, "");
  EXPECT_EQ(s->clients[2].function, "");

  // The SDK operation, whatever the variant.
  ASSERT_EQ(s->sdkCalls.size(), 1u);
  EXPECT_EQ(s->sdkCalls[0].service, "s3");
  EXPECT_EQ(s->sdkCalls[0].operation, "GetObject");
  EXPECT_EQ(s->sdkCalls[0].function, "load");
  EXPECT_EQ(s->sdkCalls[0].resourceEnv, "BUCKET");  // request.SetBucket(std::getenv("BUCKET"))
  EXPECT_TRUE(s->imports.empty());  // every function it calls is the file's or a library's

  // getenv: unchecked, checked through the variable, and at cold start in main.
  ASSERT_EQ(s->envReads.size(), 3u);
  EXPECT_EQ(s->envReads[0].name, "BUCKET");
  EXPECT_FALSE(s->envReads[0].hasDefault);
  EXPECT_EQ(s->envReads[1].name, "REGION");
  EXPECT_TRUE(s->envReads[1].hasDefault);
  EXPECT_EQ(s->envReads[2].name, "TABLE");
  EXPECT_EQ(s->envReads[2].function, "");

  bool password = false;
  for (const auto& l : s->literals) password |= l.name == "password" && l.value == "hunter2hunter2";
  EXPECT_TRUE(password);

  // It had to guess, and says so.
  std::string n = notes(*s);
  EXPECT_NE(n.find("no compile_commands.json"), std::string::npos) << n;
  EXPECT_NE(n.find("aws-lambda-cpp headers were not found"), std::string::npos) << n;
  EXPECT_NE(n.find("aws/s3/S3Client.h"), std::string::npos) << n;
}

TEST_F(CppAnalyzer, RecordsTheProjectCodeItCallsButDoesNotDefine) {
  std::ofstream(fs::path(dir_) / "store.hpp") << "#pragma once\nvoid save(const char* id);\n";
  auto s = analyze(R"(#include "store.hpp"
#include <cstdlib>
void audit();
void handle() {
  save(std::getenv("ID"));
  audit();
}
int main() { handle(); }
)");
  EXPECT_EQ(s->imports, (std::vector<std::string>{"audit", "store.hpp"}));
}

TEST_F(CppAnalyzer, ALambdaGivenToRunHandlerIsTheHandler) {
  auto s = analyze(R"(#include <aws/lambda-runtime/runtime.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <vector>
using namespace aws::lambda_runtime;
std::vector<int> seen;
int main() {
  Aws::DynamoDB::DynamoDBClient reused;
  auto handler = [&](invocation_request const& request) {
    Aws::DynamoDB::DynamoDBClient dynamo;
    seen.push_back(1);
    if (request.payload.empty() && seen.size() > 2) return invocation_response::failure("a", "b");
    return invocation_response::success("{}", "application/json");
  };
  run_handler(handler);
}
)");
  ASSERT_FALSE(cpp::failure(*s)) << notes(*s);
  EXPECT_EQ(s->startedHandler, "main::<lambda at line 8>");
  const model::CodeFunction* h = fn(*s, s->startedHandler);
  ASSERT_TRUE(h);
  EXPECT_EQ(h->branches, 2);  // if, &&
  ASSERT_EQ(s->clients.size(), 2u);
  EXPECT_EQ(s->clients[0].function, "");
  EXPECT_EQ(s->clients[1].function, "main::<lambda at line 8>");
  EXPECT_EQ(s->clients[1].service, "dynamodb");
  ASSERT_EQ(s->stateWrites.size(), 1u);
  EXPECT_EQ(s->stateWrites[0].how, "`.push_back()`");
  EXPECT_TRUE(s->stateWrites[0].grows);
}

TEST_F(CppAnalyzer, RecoversFromMissingHeadersAndErrors) {
  auto s = analyze(R"(#include "does/not/exist.hpp"
#include <aws/lambda-runtime/runtime.h>
using namespace aws::lambda_runtime;
invocation_response handle(invocation_request const& r) {
  Unknown thing(r.payload);
  int x = ;
  return invocation_response::success(r.payload, "text/plain");
}
int main() { run_handler(handle); }
)");
  ASSERT_FALSE(cpp::failure(*s)) << notes(*s);
  EXPECT_TRUE(s->syntaxErrors);
  EXPECT_EQ(s->startedHandler, "handle");
  EXPECT_TRUE(fn(*s, "handle"));
  std::string n = notes(*s);
  EXPECT_NE(n.find("does/not/exist.hpp"), std::string::npos) << n;
  EXPECT_NE(n.find("error(s) in the file"), std::string::npos) << n;
}

TEST_F(CppAnalyzer, SurvivesHostileInput) {
  std::string junk = "\x7f" "ELF\x01\x01\x01" + std::string(200, '\0') + "{{{{ ((( template <";
  for (const std::string& code :
       {junk, std::string("int main() {"), std::string(5000, '{'), std::string("#include \"main.cpp\"\n"),
        std::string("template <int N> struct F { static const int v = F<N + 1>::v; }; int x = F<0>::v;")}) {
    auto s = analyze(code);
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->functions.empty() || s->syntaxErrors);
  }
}

// End to end: the helper is missing, or killed at --file-timeout; the run goes on.
TEST(CppAnalyzerRun, MissingHelperIsReportedAsNotAnalysed) {
  std::string fixture = "testdata/rules/CODE002-client-created-in-handler/bad-cpp";
  auto r = lambdalint::testing::runCommand("LAMBDALINT_CPP_ANALYZER=/nonexistent/helper " +
                               std::string(LAMBDALINT_BINARY) + " -f json --fail-on none " + fixture);
  ASSERT_EQ(r.exitCode, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["functions"].size(), 1u);
  EXPECT_EQ(j["functions"][0]["handlerStatus"], "unsupported-runtime");
  EXPECT_NE(j["functions"][0]["reason"].get<std::string>().find("/nonexistent/helper"), std::string::npos);
  for (const auto& f : j["findings"]) EXPECT_NE(f["ruleId"], "CODE002");
}

}  // namespace

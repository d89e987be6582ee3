// Every input a fuzzer once failed on (scripts/fuzz), kept as testdata/robustness/fuzz/<target>/
// and replayed through the same entry point as fuzz/fuzz_<target>.cpp: each must now go
// through without a crash, an escaping exception or a hang. In the sanitizer build
// (scripts/test --sanitize) memory errors and undefined behaviour fail it too.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "../../fuzz/handler_target.hpp"
#include "../../fuzz/yaml_readers_target.hpp"
#include "lambdalint/config/config.hpp"
#include "lambdalint/document/parse.hpp"
#include "lambdalint/engine/analyze.hpp"
#include "lambdalint/findings/comments.hpp"

namespace fs = std::filesystem;
using namespace lambdalint;

namespace {

using Replay = std::function<void(const std::string&)>;

void analyzeAs(const std::string& path, const std::string& bytes) {
  AnalysisResult r = analyzeText(path, bytes);
  for (const Finding& f : r.findings.all()) EXPECT_FALSE(f.ruleId.empty());
}

Replay handler(analyzers::Language language, const char* path, const char* runtime,
               const char* handlerText, const char* handlerName) {
  return [=](const std::string& bytes) {
    static std::map<std::string, std::unique_ptr<fuzzing::FixedProject>> fixed;
    auto& project = fixed[runtime];
    if (!project) project = std::make_unique<fuzzing::FixedProject>(runtime, handlerText);
    auto data = reinterpret_cast<const uint8_t*>(bytes.data());
    fuzzing::fuzzHandler(data, bytes.size(), language, path, *project, handlerName);
  };
}

// What fuzz/fuzz_<target>.cpp does with its bytes, by target.
const std::map<std::string, Replay>& replays() {
  using analyzers::Language;
  static const std::map<std::string, Replay> all = {
      {"document",
       [](const std::string& b) {
         auto d = doc::parseDocument(std::make_shared<SourceFile>("fuzz.yaml", b));
         EXPECT_TRUE(!d->failed() || !d->issues().empty()) << "a failure without a finding";
         for (const doc::ParseIssue& issue : d->issues())
           EXPECT_LE(issue.range.begin.line, d->file().lineCount() + 1) << "a position outside the file";
       }},
      {"yaml_readers",
       [](const std::string& b) { EXPECT_EQ(fuzzing::compareYamlReaders(b), ""); }},
      {"template", [](const std::string& b) { analyzeAs(b.size() % 2 ? "template.json" : "template.yaml", b); }},
      {"serverless", [](const std::string& b) { analyzeAs("serverless.yml", b); }},
      {"terraform", [](const std::string& b) { analyzeAs("main.tf", b); }},
      {"config",
       [](const std::string& b) {
         try {
           config::Config c = config::parseConfig(".lambdalint.yaml", b, "/fuzz/.lambdalint.yaml");
           EXPECT_NO_THROW(config::parseConfig(".lambdalint.yaml", config::toYaml(c), "/fuzz/.lambdalint.yaml"));
         } catch (const config::ConfigError&) {
         }
       }},
      {"comments", [](const std::string& b) { (void)findings::scanComments(SourceFile("fuzz.yaml", b)); }},
      {"python", handler(Language::Python, "src/app.py", "python3.12", "app.handler", "handler")},
      {"javascript", handler(Language::JavaScript, "src/app.mjs", "nodejs20.x", "app.handler", "handler")},
      {"typescript",
       [](const std::string& b) {
         // fuzz_typescript picks TSX for odd lengths.
         static Replay ts = handler(Language::TypeScript, "src/app.ts", "nodejs20.x", "app.handler", "handler");
         static Replay tsx = handler(Language::Tsx, "src/app.tsx", "nodejs20.x", "app.handler", "handler");
         (b.size() % 2 ? tsx : ts)(b);
       }},
      {"go", handler(Language::Go, "src/main.go", "go1.x", "bootstrap", "")},
      {"java", handler(Language::Java, "src/main/java/example/App.java", "java21",
                       "example.App::handleRequest", "handleRequest")},
  };
  return all;
}

std::string readBytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST(FuzzRegressions, EveryKeptInputGoesThroughItsTarget) {
  const fs::path root = fs::path(LAMBDALINT_SOURCE_DIR) / "testdata" / "robustness" / "fuzz";
  if (!fs::is_directory(root)) GTEST_SKIP() << "no fuzz regressions kept";
  size_t replayed = 0;
  for (const fs::directory_entry& dir : fs::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    std::string target = dir.path().filename().string();
    auto replay = replays().find(target);
    ASSERT_NE(replay, replays().end()) << "testdata/robustness/fuzz/" << target << ": no such fuzz target";
    for (const fs::directory_entry& input : fs::directory_iterator(dir.path())) {
      if (input.path().extension() == ".md") continue;  // notes on what each input found
      SCOPED_TRACE(target + "/" + input.path().filename().string());
      auto start = std::chrono::steady_clock::now();
      EXPECT_NO_THROW(replay->second(readBytes(input.path())));
      // Generous for a Debug build under ASan on a busy machine; a hang takes far longer.
      EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(30));
      ++replayed;
    }
  }
  EXPECT_GT(replayed, 0u);
}

// End-to-end: --jobs gives the same bytes as one thread in every format; --file-timeout
// reports and skips a file that takes too long, and the run completes (issues #8, #9).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "support/run_command.hpp"

namespace fs = std::filesystem;
using lambdalint::testing::makeTempDir;
using lambdalint::testing::runLambdalint;

namespace {

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// A project of many files: the example app twice (two templates sharing every handler), every
// rule's fixtures (SAM, CloudFormation JSON, serverless.yml, broken input) and a CDK assembly.
const fs::path& multiFileProject() {
  static const fs::path dir = [] {
    fs::path d = makeTempDir();
    const fs::path src = LAMBDALINT_SOURCE_DIR;
    fs::copy(src / "examples/sam-app", d / "sam-app", fs::copy_options::recursive);
    fs::copy_file(d / "sam-app/template.yaml", d / "sam-app/template-prod.yaml");
    fs::copy(src / "testdata/rules", d / "rules", fs::copy_options::recursive);
    // C++ fixtures cost seconds each (a Clang process) and this project is analysed 21 times;
    // their output's independence from --jobs is the summary cache's, tested on its own.
    for (const auto& rule : fs::directory_iterator(d / "rules"))
      for (const auto& fixture : fs::directory_iterator(rule.path()))
        if (fixture.path().filename().string().find("cpp") != std::string::npos)
          fs::remove_all(fixture.path());
    fs::copy(src / "testdata/cdk", d / "cdk", fs::copy_options::recursive);
    return d;
  }();
  return dir;
}

std::string bigTemplate(size_t functions) {
  std::string t = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n";
  for (size_t i = 0; i < functions; ++i)
    t += "  Fn" + std::to_string(i) +
         ":\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n"
         "      Handler: app.handler\n      Role: arn:aws:iam::123456789012:role/r\n"
         "      Code: {S3Bucket: b, S3Key: k}\n";
  return t;
}

}  // namespace

TEST(Jobs, EveryFormatIsByteIdenticalToOneThread) {
  const std::string dir = multiFileProject().string();
  auto json = runLambdalint({"--format", "json", "--jobs", "1", "--root", dir, dir});
  ASSERT_EQ(json.exitCode, 1) << json.err;
  auto parsed = nlohmann::json::parse(json.out);
  std::set<std::string> files;
  for (const auto& f : parsed["findings"]) files.insert(f["location"]["file"].get<std::string>());
  ASSERT_GE(files.size(), 20u) << "the project should have findings in many files";

  for (const char* format : {"text", "json", "sarif", "junit", "github"}) {
    auto one = runLambdalint({"--format", format, "--color", "never", "--jobs", "1", "--root",
                              dir, dir});
    for (const char* jobs : {"4", "3", "0"}) {
      auto many = runLambdalint({"--format", format, "--color", "never", "--jobs", jobs,
                                 "--root", dir, dir});
      EXPECT_EQ(many.exitCode, one.exitCode) << format << " --jobs " << jobs;
      EXPECT_TRUE(many.out == one.out) << format << " --jobs " << jobs << " differs";
    }
  }
}

TEST(Jobs, InvalidValuesAreUsageErrors) {
  const std::string clean = "testdata/cli/clean.yaml";
  for (const char* bad : {"-1", "many", "1.5", "100000", ""})
    EXPECT_EQ(runLambdalint({"--jobs", bad, clean}).exitCode, 2) << bad;
  for (const char* bad : {"-1", "soon", "nan", "1e9"})
    EXPECT_EQ(runLambdalint({"--file-timeout", bad, clean}).exitCode, 2) << bad;
  EXPECT_EQ(runLambdalint({"--jobs", "0", clean}).exitCode, 0);
  EXPECT_EQ(runLambdalint({"-j", "2", "--file-timeout", "0", clean}).exitCode, 0);
}

TEST(Jobs, HelpDocumentsTheOptions) {
  auto h = runLambdalint({"--help"});
  for (const char* option : {"--jobs", "--file-timeout", "number of cores", "INP001"})
    EXPECT_NE(h.out.find(option), std::string::npos) << option;
}

// The rule ids of the findings in `file` of a JSON report, in report order.
std::vector<std::string> rulesIn(const nlohmann::json& report, const std::string& file) {
  std::vector<std::string> ids;
  for (const auto& f : report["findings"])
    if (f["location"]["file"] == file) ids.push_back(f["ruleId"].get<std::string>());
  return ids;
}

TEST(FileTimeout, ASlowFileIsReportedAndTheOthersAreAnalysed) {
  fs::path dir = makeTempDir();
  write(dir / "big.yaml", bigTemplate(200'000));  // ~30 MB: seconds of work, stopped at 1 s of CPU time (ample for the small file, even under ASan)
  fs::copy_file(fs::path(LAMBDALINT_SOURCE_DIR) / "testdata/cli/warning-and-note.yaml",
                dir / "small.yaml");
  for (const char* jobs : {"1", "2"}) {
    auto r = runLambdalint({"--format", "json", "--file-timeout", "1", "--jobs", jobs,
                            "--root", dir.string(), dir.string()});
    ASSERT_EQ(r.exitCode, 1) << r.err;  // INP001 is an error
    auto j = nlohmann::json::parse(r.out);
    std::vector<std::string> big = rulesIn(j, "big.yaml");
    ASSERT_EQ(big, std::vector<std::string>{"INP001"}) << "--jobs " << jobs;
    for (const auto& f : j["findings"])
      if (f["location"]["file"] == "big.yaml") {
        std::string message = f["message"];
        EXPECT_NE(message.find("time limit of 1 s (--file-timeout)"), std::string::npos)
            << message;
      }
    // The small file is analysed as it is on its own without a limit: its warning (REL003)
    // and its note (REL001) among whatever else the rules find there.
    auto alone = runLambdalint({"--format", "json", "--file-timeout", "0", "--root",
                                dir.string(), (dir / "small.yaml").string()});
    std::vector<std::string> expected = rulesIn(nlohmann::json::parse(alone.out), "small.yaml");
    EXPECT_NE(std::find(expected.begin(), expected.end(), "REL003"), expected.end());
    EXPECT_NE(std::find(expected.begin(), expected.end(), "REL001"), expected.end());
    EXPECT_EQ(rulesIn(j, "small.yaml"), expected) << "--jobs " << jobs;
  }
}

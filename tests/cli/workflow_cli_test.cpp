// End-to-end tests of the pre-commit / CI / IDE workflow: configuration, suppressions,
// baselines, several reports in one run, --changed-since, and the pre-commit hook.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

namespace fs = std::filesystem;
using lambdalint::testing::makeTempDir;
using lambdalint::testing::readFile;
using lambdalint::testing::runCommand;
using lambdalint::testing::runLambdalint;

namespace {

const std::string kWarningAndNote = "testdata/cli/warning-and-note.yaml";
const std::string kSuppressions = "testdata/rules/INP004-unused-suppression/bad_comments.yaml";
const std::string kAllSuppressed = "testdata/rules/INP004-unused-suppression/good.yaml";
// A fixed set of rules (input and the first template rules), so later rules change no count.
const std::string kConfig = std::string(LAMBDALINT_SOURCE_DIR) + "/testdata/config/workflow.lambdalint.yaml";

std::string quote(const std::string& s) { return "'" + s + "'"; }

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// A SAM template with one REL003 warning (Timeout 60 behind a REST API) and `extra` lines
// appended to the function's properties.
std::string templateText(const std::string& timeout = "60") {
  return "AWSTemplateFormatVersion: \"2010-09-09\"\n"
         "Transform: AWS::Serverless-2016-10-31\n"
         "Resources:\n"
         "  ApiFunction:\n"
         "    Type: AWS::Serverless::Function\n"
         "    Properties:\n"
         "      Runtime: python3.12\n"
         "      Handler: app.handler\n"
         "      CodeUri: src/\n"
         "      Timeout: " + timeout + "\n"
         "      Events:\n"
         "        Get: {Type: Api, Properties: {Path: /, Method: get}}\n";
}

std::string git(const std::string& dir, const std::string& args) {
  return "git -C " + quote(dir) + " -c user.name=test -c user.email=test@example.com " + args;
}

TEST(Workflow, SeveralReportsInOneRun) {
  std::string dir = makeTempDir();
  auto r = runLambdalint({"--config", kConfig, "-f", "text", "-f", "sarif", "-o", dir + "/out.sarif",
                          "-f", "junit", "-o", dir + "/junit.xml", "-f", "json", "-o",
                          dir + "/out.json", kWarningAndNote});
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_NE(r.out.find("[REL003 timeout-exceeds-api-limit]"), std::string::npos) << r.out;
  EXPECT_EQ(nlohmann::json::parse(readFile(dir + "/out.sarif"))["version"], "2.1.0");
  EXPECT_EQ(nlohmann::json::parse(readFile(dir + "/out.json"))["version"], 1);
  EXPECT_EQ(readFile(dir + "/junit.xml").rfind("<?xml", 0), 0u);
  // An --output before every --format belongs to the first one.
  auto first = runLambdalint({"--config", kConfig, "-o", dir + "/first.json", "-f", "json", kWarningAndNote});
  EXPECT_EQ(first.out, "");
  EXPECT_EQ(nlohmann::json::parse(readFile(dir + "/first.json"))["version"], 1);
  // Two reports cannot share standard output.
  EXPECT_EQ(runLambdalint({"-f", "json", "-f", "sarif", kWarningAndNote}).exitCode, 2);
  EXPECT_EQ(runLambdalint({"-f", "json", "-o", "a", "-o", "b", kWarningAndNote}).exitCode, 2);
}

TEST(Workflow, QuietAndSummaryOnly) {
  auto quiet = runLambdalint({"--config", kConfig, "-q", kWarningAndNote});
  EXPECT_EQ(quiet.exitCode, 1);
  EXPECT_NE(quiet.out.find("REL003"), std::string::npos);
  EXPECT_EQ(quiet.out.find("analysed"), std::string::npos) << quiet.out;
  auto summary = runLambdalint({"--config", kConfig, "--summary-only", kWarningAndNote});
  EXPECT_EQ(summary.out, "0 errors, 1 warning, 1 note in 1 file (1 file analysed)\n");
}

TEST(Workflow, GithubFormat) {
  auto r = runLambdalint({"--config", kConfig, "-f", "github", kWarningAndNote});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(r.out.rfind("::warning file=testdata/cli/warning-and-note.yaml,line=11,col=16,endLine=11,"
                        "endColumn=18,title=REL003 timeout-exceeds-api-limit::Timeout of 60 seconds",
                        0),
            0u)
      << r.out;
}

TEST(Workflow, SuppressedFindingsDoNotFailAndStayInJson) {
  auto text = runLambdalint({"--config", kConfig, kAllSuppressed});
  EXPECT_EQ(text.exitCode, 0) << text.out;
  EXPECT_NE(text.out.find("(3 suppressed)"), std::string::npos) << text.out;
  auto json = runLambdalint({"--config", kConfig, "-f", "json", kAllSuppressed});
  auto j = nlohmann::json::parse(json.out);
  ASSERT_EQ(j["findings"].size(), 3u);
  EXPECT_EQ(j["findings"][1]["suppressed"]["kind"], "inSource");
  EXPECT_EQ(j["findings"][1]["suppressed"]["justification"],
            "the whole test stack uses fake credentials");
}

TEST(Workflow, ConfigurationFileAndCommandLine) {
  std::string dir = makeTempDir();
  fs::create_directories(fs::path(dir) / ".git");
  // Throttling set, so that REL003 is the one reliability finding.
  std::string throttled = templateText() +
                          "Globals:\n  Api:\n    MethodSettings: [{ResourcePath: \"/*\", HttpMethod: \"*\", "
                          "ThrottlingBurstLimit: 10, ThrottlingRateLimit: 5}]\n";
  write(fs::path(dir) / "infra" / "template.yaml", throttled);
  write(fs::path(dir) / "vendor" / "template.yaml", throttled);
  write(fs::path(dir) / ".lambdalint.yaml",
        "rules:\n  disable: [\"*\"]\n  enable: [reliability]\n  severity: {REL003: note}\n  options: {REL003: {rest-api-timeout-seconds: 50}}\n"
        "exclude: [vendor]\nfail-on: note\n");
  std::string bin = LAMBDALINT_BINARY;
  auto r = runCommand("cd " + quote(dir) + " && " + quote(bin) + " -f json .");
  EXPECT_EQ(r.exitCode, 1) << r.err;  // fail-on: note from the file
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["findings"].size(), 1u) << r.out;  // vendor/ excluded
  EXPECT_EQ(j["findings"][0]["severity"], "note");
  EXPECT_NE(j["findings"][0]["message"].get<std::string>().find("50 seconds"), std::string::npos);
  // Found from a nested path too, and the command line wins.
  r = runCommand("cd " + quote(dir + "/infra") + " && " + quote(bin) + " --fail-on warning -q .");
  EXPECT_EQ(r.exitCode, 0) << r.out << r.err;
  r = runCommand("cd " + quote(dir) + " && " + quote(bin) + " --no-config -q .");
  EXPECT_EQ(r.exitCode, 1) << r.out;  // both templates, REL003 a warning again
  // --print-config and --list-rules show the configuration.
  r = runCommand("cd " + quote(dir) + " && " + quote(bin) + " --print-config --fail-on error");
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_NE(r.out.find("fail-on: error\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("REL003: note"), std::string::npos);
  EXPECT_NE(r.out.find("rest-api-timeout-seconds: 50"), std::string::npos);
  write(fs::path(dir) / ".lambdalint.yaml", "rules:\n  disable: [security]\n");
  r = runCommand("cd " + quote(dir) + " && " + quote(bin) + " --list-rules");
  EXPECT_NE(r.out.find("ENABLED"), std::string::npos);
  EXPECT_NE(r.out.find("warning   no       security"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("warning   yes      reliability"), std::string::npos) << r.out;
}

TEST(Workflow, ConfigurationMistakesExitTwoWithTheirPosition) {
  auto r = runLambdalint({"--config", "testdata/config/invalid.lambdalint.yaml", kWarningAndNote});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("testdata/config/invalid.lambdalint.yaml:4:13: severity must be error, "
                       "warning or note, not 'fatal'"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(runLambdalint({"--config", "testdata/config/missing.yaml", kWarningAndNote}).exitCode, 2);
  EXPECT_EQ(runLambdalint({"--config", "x", "--no-config", kWarningAndNote}).exitCode, 2);
  EXPECT_EQ(runLambdalint({"--config", "testdata/config/example.lambdalint.yaml", "--print-config"}).exitCode,
            0);
}

TEST(Workflow, BaselineAcceptsKnownFindings) {
  std::string dir = makeTempDir();
  write(fs::path(dir) / "template.yaml", templateText());
  std::string bin = quote(LAMBDALINT_BINARY);
  std::string in = "cd " + quote(dir) + " && " + bin + " --config " + quote(kConfig) + " ";
  auto w = runCommand(in + "--write-baseline baseline.json -q .");
  EXPECT_EQ(w.exitCode, 0) << w.out << w.err;
  EXPECT_EQ(nlohmann::json::parse(readFile(dir + "/baseline.json"))["format"], "lambdalint-baseline");
  auto again = runCommand(in + "--baseline baseline.json .");
  EXPECT_EQ(again.exitCode, 0) << again.out;
  EXPECT_NE(again.out.find("(1 unchanged since the baseline)"), std::string::npos) << again.out;
  // Unrelated edits above do not change the fingerprint; a new finding fails the gate.
  write(fs::path(dir) / "template.yaml",
        "# a new comment line\n" + templateText() +
            "  Second:\n    Type: AWS::Serverless::Function\n    Properties:\n"
            "      Runtime: python3.12\n      Handler: b.handler\n      CodeUri: src/\n"
            "      Timeout: 100\n      Events:\n        Get: {Type: Api, Properties: {Path: /b, Method: get}}\n");
  auto changed = runCommand(in + "--baseline baseline.json -f sarif -o run.sarif -f text .");
  EXPECT_EQ(changed.exitCode, 1) << changed.out;
  EXPECT_NE(changed.out.find("Timeout of 100 seconds"), std::string::npos);
  EXPECT_EQ(changed.out.find("Timeout of 60 seconds"), std::string::npos);
  auto sarif = nlohmann::json::parse(readFile(dir + "/run.sarif"));
  std::multiset<std::string> states;
  for (const auto& res : sarif["runs"][0]["results"]) states.insert(res["baselineState"].get<std::string>());
  EXPECT_EQ(states, (std::multiset<std::string>{"new", "unchanged"}));
  // A previous SARIF run is a baseline too.
  EXPECT_EQ(runCommand(in + "--baseline run.sarif -q .").exitCode, 0);
  EXPECT_EQ(runCommand(in + "--baseline missing.json .").exitCode, 2);
}

TEST(Workflow, SarifWithSuppressionsAndBaselineStateValidates) {
  std::string tool = LAMBDALINT_SARIF_MULTITOOL;
  if (tool.empty() || !fs::exists(tool)) {
    if (std::getenv("CI")) FAIL() << "the SARIF Multitool is required in CI (scripts/setup)";
    GTEST_SKIP() << "SARIF Multitool not installed: run scripts/setup --with-test-tools";
  }
  std::string dir = makeTempDir();
  auto w = runLambdalint({"--config", kConfig, "--write-baseline", dir + "/b.json", kWarningAndNote});
  ASSERT_EQ(w.exitCode, 0) << w.err;
  std::string sarif = dir + "/out.sarif";
  auto r = runLambdalint({"--config", kConfig, "--baseline", dir + "/b.json", "-f", "sarif", "-o", sarif,
                          kWarningAndNote, kSuppressions, kAllSuppressed});
  ASSERT_EQ(r.exitCode, 1) << r.err;
  auto j = nlohmann::json::parse(readFile(sarif));
  size_t suppressed = 0;
  for (const auto& res : j["runs"][0]["results"]) suppressed += res.contains("suppressions");
  EXPECT_EQ(suppressed, 6u);
  std::string log = dir + "/validation.sarif";
  auto v = runCommand("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 '" + tool +
                      "' validate --rule-kind 'Sarif;Gh' --level 'Error;Warning' "
                      "--log 'ForceOverwrite;PrettyPrint' --output '" + log + "' '" + sarif + "'");
  ASSERT_TRUE(fs::exists(log)) << v.out << v.err;
  auto results = nlohmann::json::parse(readFile(log))["runs"][0]["results"];
  std::string problems;
  for (const auto& res : results) problems += res.dump() + "\n";
  EXPECT_TRUE(results.empty()) << problems;
}

TEST(Workflow, ChangedSinceReportsOnlyChangedFiles) {
  std::string dir = makeTempDir();
  write(fs::path(dir) / "a" / "template.yaml", templateText());
  write(fs::path(dir) / "b" / "template.yaml", templateText());
  ASSERT_EQ(runCommand(git(dir, "init -q") + " && " + git(dir, "add -A") + " && " +
                       git(dir, "commit -q -m init"))
                .exitCode,
            0);
  write(fs::path(dir) / "b" / "template.yaml", templateText("61"));
  std::string bin = quote(LAMBDALINT_BINARY);
  auto r = runCommand("cd " + quote(dir) + " && " + bin + " --config " + quote(kConfig) + " -f json --changed-since HEAD .");
  EXPECT_EQ(r.exitCode, 1) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["findings"].size(), 1u) << r.out;
  EXPECT_EQ(j["findings"][0]["location"]["file"], "b/template.yaml");
  EXPECT_EQ(j["summary"]["filesAnalysed"], 2);  // everything is still analysed
  auto bad = runCommand("cd " + quote(dir) + " && " + bin + " --config " + quote(kConfig) + " --changed-since no-such-ref .");
  EXPECT_EQ(bad.exitCode, 2);
}

// pre-commit runs the hook's `entry` with the staged files that match `files` as arguments,
// from the repository root.
TEST(Workflow, PreCommitHookRunsOnStagedFiles) {
  std::string hooks = readFile(std::string(LAMBDALINT_SOURCE_DIR) + "/.pre-commit-hooks.yaml");
  EXPECT_NE(hooks.find("- id: lambdalint"), std::string::npos);
  EXPECT_NE(hooks.find("entry: lambdalint\n"), std::string::npos);
  EXPECT_NE(hooks.find("language: system\n"), std::string::npos);
  EXPECT_NE(hooks.find("files: \\.(ya?ml|json|template)$\n"), std::string::npos);

  std::string dir = makeTempDir();
  write(fs::path(dir) / "template.yaml", templateText("20"));
  write(fs::path(dir) / "package.json", "{\"name\": \"app\"}\n");
  write(fs::path(dir) / "README.md", "# app\n");
  write(fs::path(dir) / ".lambdalint.yaml", "rules:\n  disable: [\"*\"]\n  enable: [input, reliability]\n");
  ASSERT_EQ(runCommand(git(dir, "init -q") + " && " + git(dir, "add -A")).exitCode, 0);
  // The files pre-commit would pass: staged, matching the hook's `files` pattern.
  std::string binDir = fs::path(LAMBDALINT_BINARY).parent_path().string();
  auto hook = [&]() {
    return runCommand("cd " + quote(dir) + " && PATH=" + quote(binDir) + ":\"$PATH\" && files=$(" +
                      git(dir, "diff --cached --name-only") +
                      " | grep -E '\\.(ya?ml|json|template)$') && lambdalint $files");
  };
  auto clean = hook();
  EXPECT_EQ(clean.exitCode, 0) << clean.out << clean.err;
  write(fs::path(dir) / "template.yaml", templateText("60"));
  ASSERT_EQ(runCommand(git(dir, "add template.yaml")).exitCode, 0);
  auto failing = hook();
  EXPECT_EQ(failing.exitCode, 1) << failing.out << failing.err;
  EXPECT_NE(failing.out.find("template.yaml:10:16: warning:"), std::string::npos) << failing.out;
}

}  // namespace

// End-to-end tests of the built binary: exit codes, formats, determinism, discovery.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "lambdalint/engine/registry.hpp"
#include "support/run_command.hpp"

namespace fs = std::filesystem;
using lambdalint::testing::makeTempDir;
using lambdalint::testing::readFile;
using lambdalint::testing::runCommand;
using lambdalint::testing::runLambdalint;

namespace {

const std::string kClean = "testdata/cli/clean.yaml";
const std::string kWarningAndNote = "testdata/cli/warning-and-note.yaml";
const std::string kBroken = "testdata/cli/broken.yaml";

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

TEST(Cli, VersionAndHelpExitZero) {
  auto v = runLambdalint({"--version"});
  EXPECT_EQ(v.exitCode, 0);
  EXPECT_NE(v.out.find("lambdalint " LAMBDALINT_VERSION), std::string::npos) << v.out;
  auto h = runLambdalint({"--help"});
  EXPECT_EQ(h.exitCode, 0);
  for (const char* option : {"--format", "--output", "--fail-on", "--list-rules", "--explain",
                             "--version", "Exit codes"})
    EXPECT_NE(h.out.find(option), std::string::npos) << option;
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(runLambdalint({"--no-such-option"}).exitCode, 2);
  EXPECT_EQ(runLambdalint({"--format", "xml", kClean}).exitCode, 2);
  EXPECT_EQ(runLambdalint({"--fail-on", "sometimes", kClean}).exitCode, 2);
  auto missing = runLambdalint({"testdata/cli/does-not-exist.yaml"});
  EXPECT_EQ(missing.exitCode, 2);
  EXPECT_NE(missing.err.find("does-not-exist.yaml: no such file or directory"), std::string::npos)
      << missing.err;
  EXPECT_EQ(runLambdalint({"--explain", "NOPE999"}).exitCode, 2);
}

TEST(Cli, ExitCodeFollowsFailOn) {
  EXPECT_EQ(runLambdalint({kClean}).exitCode, 0);
  EXPECT_EQ(runLambdalint({kWarningAndNote}).exitCode, 1);  // default: warning
  EXPECT_EQ(runLambdalint({"--fail-on", "error", kWarningAndNote}).exitCode, 0);
  EXPECT_EQ(runLambdalint({"--fail-on", "none", kWarningAndNote}).exitCode, 0);
  EXPECT_EQ(runLambdalint({"--fail-on", "note", kWarningAndNote}).exitCode, 1);
  EXPECT_EQ(runLambdalint({"--fail-on", "error", kBroken}).exitCode, 1);  // INP001 is an error
}

TEST(Cli, TextOutputShowsLocationSeverityRuleAndSnippet) {
  auto r = runLambdalint({kWarningAndNote});
  EXPECT_NE(r.out.find("testdata/cli/warning-and-note.yaml:11:16: warning: "), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("[REL003 timeout-exceeds-api-limit]"), std::string::npos);
  EXPECT_NE(r.out.find("Timeout: 60"), std::string::npos);  // the source line
  EXPECT_NE(r.out.find("^^"), std::string::npos);            // and a caret under it
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos) << "no colour when not on a terminal";
  EXPECT_NE(r.out.find("1 warning, 1 note"), std::string::npos) << r.out;
}

TEST(Cli, BrokenFileIsReportedAndTheRunGoesOn) {
  auto r = runLambdalint({"--format", "json", kBroken, kWarningAndNote});
  ASSERT_EQ(r.exitCode, 1);
  auto j = nlohmann::json::parse(r.out);
  std::multiset<std::string> rules;
  for (const auto& f : j["findings"]) rules.insert(f["ruleId"].get<std::string>());
  EXPECT_EQ(rules.count("INP001"), 1u);
  EXPECT_EQ(rules.count("REL003"), 1u);  // the other file was still analysed
  for (const auto& f : j["findings"])
    if (f["ruleId"] == "INP001") {
      EXPECT_EQ(f["location"]["file"], "testdata/cli/broken.yaml");
      EXPECT_GE(f["location"]["startLine"].get<int>(), 5);
    }
}

TEST(Cli, JsonOutputHasTheDocumentedShape) {
  auto r = runLambdalint({"--format", "json", kWarningAndNote});
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["tool"]["name"], "lambdalint");
  EXPECT_EQ(j["summary"]["warnings"], 1);
  EXPECT_EQ(j["summary"]["notes"], 1);
  ASSERT_EQ(j["findings"].size(), 2u);
  const auto& f = j["findings"][0];
  EXPECT_EQ(f["ruleId"], "REL003");
  EXPECT_EQ(f["ruleName"], "timeout-exceeds-api-limit");
  EXPECT_EQ(f["severity"], "warning");
  EXPECT_EQ(f["location"]["file"], "testdata/cli/warning-and-note.yaml");
  EXPECT_EQ(f["location"]["startLine"], 11);
  EXPECT_EQ(f["location"]["startColumn"], 16);
  EXPECT_FALSE(f["fingerprint"].get<std::string>().empty());
  EXPECT_EQ(f["related"].size(), 1u);
}

TEST(Cli, SarifOutputNamesEveryRuleAndUsesRelativeUris) {
  auto r = runLambdalint({"--format", "sarif", kWarningAndNote, kBroken});
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["version"], "2.1.0");
  const auto& run = j["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["rules"].size(), lambdalint::allMeta().size());
  ASSERT_EQ(run["results"].size(), 3u);
  for (const auto& res : run["results"]) {
    std::string uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
    EXPECT_EQ(uri.rfind("testdata/cli/", 0), 0u) << uri;
    int index = res["ruleIndex"];
    EXPECT_EQ(run["tool"]["driver"]["rules"][index]["id"], res["ruleId"]);
    EXPECT_TRUE(res["partialFingerprints"].contains("primaryLocationLineHash"));
  }
  EXPECT_EQ(run["invocations"][0]["exitCode"], 1);
  EXPECT_EQ(run["invocations"][0]["toolExecutionNotifications"].size(), 1u);
}

// GitHub code scanning and the VS Code viewer accept what the SARIF Multitool accepts.
TEST(Cli, SarifValidatesWithTheMultitool) {
  std::string tool = LAMBDALINT_SARIF_MULTITOOL;
  if (tool.empty() || !fs::exists(tool)) {
    if (std::getenv("CI")) FAIL() << "the SARIF Multitool is required in CI (scripts/setup)";
    GTEST_SKIP() << "SARIF Multitool not installed: run scripts/setup --with-test-tools";
  }
  std::string dir = makeTempDir();
  std::string sarif = dir + "/out.sarif";
  std::vector<std::string> args = {"--format", "sarif", "--output", sarif, "testdata"};
  if (fs::exists(fs::path(LAMBDALINT_SOURCE_DIR) / "examples")) args.push_back("examples");
  auto r = runLambdalint(args);
  ASSERT_EQ(r.exitCode, 1) << r.err;
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

TEST(Cli, OutputIsDeterministic) {
  for (const char* format : {"text", "json", "sarif"}) {
    auto a = runLambdalint({"--format", format, "testdata"});
    auto b = runLambdalint({"--format", format, "testdata"});
    EXPECT_EQ(a.out, b.out) << format;
    EXPECT_FALSE(a.out.empty());
  }
}

TEST(Cli, OutputOptionWritesTheReportToAFile) {
  std::string file = makeTempDir() + "/report.json";
  auto r = runLambdalint({"--format", "json", "--output", file, kWarningAndNote});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(nlohmann::json::parse(readFile(file))["summary"]["warnings"], 1);
}

TEST(Cli, ListRulesAndExplainComeFromTheCatalog) {
  auto list = runLambdalint({"--list-rules"});
  EXPECT_EQ(list.exitCode, 0);
  for (const auto* m : lambdalint::allMeta()) {
    EXPECT_NE(list.out.find(std::string(m->id)), std::string::npos) << m->id;
    EXPECT_NE(list.out.find(std::string(m->name)), std::string::npos) << m->name;
  }
  auto explain = runLambdalint({"--explain", "REL003"});
  EXPECT_EQ(explain.exitCode, 0);
  EXPECT_NE(explain.out.find("# REL003 timeout-exceeds-api-limit"), std::string::npos);
  EXPECT_NE(explain.out.find("## How to fix"), std::string::npos);
  EXPECT_EQ(runLambdalint({"--explain", "timeout-exceeds-api-limit"}).out, explain.out);
}

TEST(Cli, GeneratedDocsAreUpToDate) {
  auto r = runLambdalint({"--generate-docs", ".", "--check-docs"});
  EXPECT_EQ(r.exitCode, 0) << r.err;
}

TEST(Cli, DirectoryWalkSkipsDependenciesAndSurvivesSymlinkLoops) {
  fs::path dir = makeTempDir();
  std::string tpl = readFile(std::string(LAMBDALINT_SOURCE_DIR) + "/" + kWarningAndNote);
  write(dir / "app/template.yaml", tpl);
  write(dir / "node_modules/pkg/template.yaml", tpl);
  write(dir / ".aws-sam/build/template.yaml", tpl);
  write(dir / "venv/pyvenv.cfg", "home = /usr\n");
  write(dir / "venv/lib/template.yaml", tpl);
  write(dir / "app/openapi.yaml", "openapi: 3.0.0\npaths: {}\n");
  write(dir / "app/package.json", "{\"name\": \"x\"}\n");
  fs::create_directory_symlink(dir, dir / "app/loop");
  auto r = runLambdalint({"--format", "json", "--root", dir.string(), dir.string()});
  EXPECT_EQ(r.exitCode, 1) << r.err;
  auto j = nlohmann::json::parse(r.out);
  std::vector<std::string> files;
  for (const auto& f : j["files"]) files.push_back(f["path"]);
  EXPECT_EQ(files, std::vector<std::string>{"app/template.yaml"});
}

TEST(Cli, NeverWritesIntoTheScannedTree) {
  fs::path dir = makeTempDir();
  write(dir / "template.yaml", readFile(std::string(LAMBDALINT_SOURCE_DIR) + "/" + kWarningAndNote));
  auto before = fs::last_write_time(dir / "template.yaml");
  runLambdalint({"--format", "sarif", dir.string()});
  size_t entries = std::distance(fs::directory_iterator(dir), fs::directory_iterator());
  EXPECT_EQ(entries, 1u);
  EXPECT_EQ(fs::last_write_time(dir / "template.yaml"), before);
}

}  // namespace

namespace {

// JUnit has no official schema; tests/schemas/junit.xsd is ours, written from what CI servers
// read. xmllint (libxml2-utils, installed by scripts/setup --with-test-tools) checks it.
TEST(Cli, JunitValidatesAgainstTheSchema) {
  if (runCommand("command -v xmllint").exitCode != 0) {
    if (std::getenv("CI")) FAIL() << "xmllint is required in CI (scripts/setup --with-test-tools)";
    GTEST_SKIP() << "xmllint not installed";
  }
  std::string xml = makeTempDir() + "/report.xml";
  auto r = runLambdalint({"--format", "junit", "--output", xml, "testdata"});
  ASSERT_EQ(r.exitCode, 1) << r.err;
  auto v = runCommand("xmllint --noout --schema tests/schemas/junit.xsd '" + xml + "'");
  EXPECT_EQ(v.exitCode, 0) << v.err;
}

TEST(Cli, EnableAndDisableChooseRulesOverTheConfiguration) {
  auto ruleIds = [](const std::string& out) {
    std::multiset<std::string> ids;
    const nlohmann::json report = nlohmann::json::parse(out);
    for (const auto& f : report["findings"]) ids.insert(f["ruleId"].get<std::string>());
    return ids;
  };
  // Only REL003: the file's note (REL001) is gone.
  auto only = runLambdalint({"--no-config", "-f", "json", "--disable", "*", "--enable", "REL003",
                             kWarningAndNote});
  EXPECT_EQ(ruleIds(only.out), (std::multiset<std::string>{"REL003"})) << only.err;
  // A rule name and a comma list; the opt-in PERF002 runs only when named.
  auto named = runLambdalint({"--no-config", "-f", "json", "--disable", "timeout-default,REL003",
                              kWarningAndNote});
  EXPECT_EQ(ruleIds(named.out).count("REL001"), 0u);
  EXPECT_EQ(ruleIds(named.out).count("REL003"), 0u);
  EXPECT_EQ(ruleIds(named.out).count("PERF002"), 0u);
  auto optIn = runLambdalint({"--no-config", "-f", "json", "--enable", "PERF002", kWarningAndNote});
  EXPECT_EQ(ruleIds(optIn.out).count("PERF002"), 2u);  // both functions reserve nothing
  // An unknown name is a usage error that names it.
  auto wrong = runLambdalint({"--no-config", "--enable", "REL999", kWarningAndNote});
  EXPECT_EQ(wrong.exitCode, 2);
  EXPECT_NE(wrong.err.find("--enable: unknown rule or category 'REL999'"), std::string::npos)
      << wrong.err;
}

}  // namespace

// .lambdalint.yaml: keys, types, positions of mistakes, rule selection, globs, discovery.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "lambdalint/config/config.hpp"
#include "lambdalint/engine/analyze.hpp"
#include "lambdalint/engine/registry.hpp"
#include "support/run_command.hpp"

namespace fs = std::filesystem;
using namespace lambdalint;
using config::Config;
using config::ConfigError;
using config::parseConfig;

namespace {

Config parse(const std::string& text) { return parseConfig("cfg.yaml", text, "/project/cfg.yaml"); }

// The "file:line:col: message" of the error the text raises, or "" when it parses.
std::string errorOf(const std::string& text) {
  try {
    parse(text);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "";
}

bool enabled(const Config& c, std::string_view id) { return c.enabled(*findMeta(id)); }

TEST(Config, EmptyFileIsTheDefaults) {
  Config c = parse("");
  // Every rule but the opt-in ones (rule.yaml `enabled: false`).
  for (const RuleMeta* m : allMeta()) EXPECT_EQ(c.enabled(*m), m->enabledByDefault) << m->id;
  EXPECT_FALSE(c.enabled(*findMeta("PERF002")));  // reserved concurrency: opt-in
  EXPECT_FALSE(c.failOn);
  EXPECT_TRUE(c.acceptsFile("/project/a/template.yaml"));
}

TEST(Config, RuleIdsAndNamesBeatCategories) {
  Config c = parse(
      "rules:\n"
      "  disable: [reliability, iam-role-shared]\n"
      "  enable: [REL003, security]\n");
  EXPECT_FALSE(enabled(c, "REL001"));
  EXPECT_TRUE(enabled(c, "REL003"));
  EXPECT_FALSE(enabled(c, "SEC001"));  // by name, over the enabled category
  EXPECT_TRUE(enabled(c, "SEC002"));
  EXPECT_TRUE(enabled(c, "INP001"));
}

TEST(Config, StarSelectsEveryRule) {
  Config c = parse("rules:\n  disable: [\"*\"]\n  enable: [security, REL003]\n");
  EXPECT_FALSE(enabled(c, "REL001"));
  EXPECT_FALSE(enabled(c, "INP001"));
  EXPECT_TRUE(enabled(c, "REL003"));
  EXPECT_TRUE(enabled(c, "SEC004"));
}

TEST(Config, SeverityOptionsGlobsAndFailOn) {
  Config c = parse(
      "rules:\n"
      "  severity: {REL001: warning, timeout-exceeds-api-limit: error}\n"
      "  options:\n"
      "    REL003: {rest-api-timeout-seconds: 60}\n"
      "    SEC002:\n"
      "      allowed-wildcard-actions: [\"xray:*\", \"logs:*\"]\n"
      "include: [services/**]\n"
      "exclude: [\"**/fixtures/**\", node_modules]\n"
      "fail-on: error\n");
  EXPECT_EQ(c.severity.at("REL001"), Severity::Warning);
  EXPECT_EQ(c.severity.at("REL003"), Severity::Error);
  EXPECT_EQ(std::get<long long>(c.options.at("REL003").at("rest-api-timeout-seconds")), 60);
  EXPECT_EQ(std::get<std::vector<std::string>>(c.options.at("SEC002").at("allowed-wildcard-actions")),
            (std::vector<std::string>{"xray:*", "logs:*"}));
  EXPECT_EQ(c.failOn, "error");
  EXPECT_TRUE(c.acceptsFile("/project/services/orders/template.yaml"));
  EXPECT_FALSE(c.acceptsFile("/project/infra/template.yaml"));  // not included
  EXPECT_FALSE(c.acceptsFile("/project/services/fixtures/template.yaml"));
  EXPECT_FALSE(c.acceptsFile("/project/services/node_modules/x/template.yaml"));
  EXPECT_TRUE(c.acceptsFile("/elsewhere/template.yaml"));  // outside the config's folder
}

TEST(Config, MistakesAreReportedWithTheirPosition) {
  EXPECT_EQ(errorOf("rulez: {}\n"), "cfg.yaml:1:1: unknown key 'rulez' (rules, include, exclude, fail-on)");
  EXPECT_EQ(errorOf("rules:\n  disable: [REL001, NOPE]\n"),
            "cfg.yaml:2:21: unknown rule or category 'NOPE' (see lambdalint --list-rules)");
  EXPECT_EQ(errorOf("rules:\n  disable: REL001\n"), "cfg.yaml:2:12: rules.disable must be a list of strings");
  EXPECT_EQ(errorOf("rules:\n  severity:\n    REL001: fatal\n"),
            "cfg.yaml:3:13: severity must be error, warning or note, not 'fatal'");
  EXPECT_EQ(errorOf("rules:\n  severity:\n    XYZ001: error\n"),
            "cfg.yaml:3:5: unknown rule 'XYZ001' (see lambdalint --list-rules)");
  EXPECT_EQ(errorOf("rules:\n  options:\n    REL003: {rest-api-timeout-seconds: '60'}\n"),
            "cfg.yaml:3:40: option rest-api-timeout-seconds of REL003 must be an integer");
  EXPECT_EQ(errorOf("rules:\n  options:\n    REL003: {timeout: 60}\n"),
            "cfg.yaml:3:14: REL003 has no option 'timeout' (options: rest-api-timeout-seconds)");
  EXPECT_EQ(errorOf("rules:\n  options:\n    REL001: {x: 1}\n"),
            "cfg.yaml:3:14: REL001 has no option 'x' (it has no options)");
  EXPECT_EQ(errorOf("rules:\n  options:\n    SEC002: {allowed-wildcard-actions: \"xray:*\"}\n"),
            "cfg.yaml:3:40: option allowed-wildcard-actions of SEC002 must be a list of strings");
  EXPECT_EQ(errorOf("fail-on: sometimes\n"),
            "cfg.yaml:1:10: fail-on must be error, warning, note or none, not 'sometimes'");
  EXPECT_EQ(errorOf("- rules\n"),
            "cfg.yaml:1:1: the configuration must be a mapping (rules, include, exclude, fail-on)");
  EXPECT_NE(errorOf("rules: [\n").rfind("cfg.yaml:", 0), std::string::npos);  // YAML syntax
  EXPECT_NE(errorOf("fail-on: error\nfail-on: note\n").find("cfg.yaml:2:"), std::string::npos);
  EXPECT_NE(errorOf("rules:\n  enable: [REL001]\n  disable: [REL001]\n").find("both enabled and disabled"),
            std::string::npos);
}

TEST(Config, PrintedConfigurationReadsBack) {
  Config c = parse(
      "rules:\n  disable: [reliability]\n  enable: [REL003]\n  severity: {SEC001: error}\n"
      "  options: {REL003: {rest-api-timeout-seconds: 45}}\n"
      "exclude: [\"vendor/**\"]\nfail-on: note\n");
  Config back = parse(config::toYaml(c));
  for (const RuleMeta* m : allMeta()) EXPECT_EQ(c.enabled(*m), back.enabled(*m)) << m->id;
  EXPECT_EQ(back.severity.at("SEC001"), Severity::Error);
  EXPECT_EQ(std::get<long long>(back.options.at("REL003").at("rest-api-timeout-seconds")), 45);
  EXPECT_EQ(back.exclude, c.exclude);
  EXPECT_EQ(back.failOn, "note");
}

TEST(Config, GlobMatching) {
  using config::globMatch;
  EXPECT_TRUE(globMatch("*.yaml", "template.yaml"));
  EXPECT_TRUE(globMatch("*.yaml", "a/b/template.yaml"));  // no '/': any depth
  EXPECT_FALSE(globMatch("a/*.yaml", "a/b/template.yaml"));
  EXPECT_TRUE(globMatch("a/**/*.yaml", "a/b/c/template.yaml"));
  EXPECT_TRUE(globMatch("a/**/*.yaml", "a/template.yaml"));
  EXPECT_TRUE(globMatch("build", "build/out/template.json"));  // a folder and what is below
  EXPECT_TRUE(globMatch("./services/", "services/x.yaml"));
  EXPECT_TRUE(globMatch("te?t.yml", "test.yml"));
  EXPECT_FALSE(globMatch("te?t.yml", "te/t.yml"));
  EXPECT_FALSE(globMatch("services/**", "infra/services.yaml"));
}

TEST(Config, FoundFromTheFirstPathUpToTheRepositoryRoot) {
  fs::path dir = lambdalint::testing::makeTempDir();
  fs::create_directories(dir / "repo" / ".git");
  fs::create_directories(dir / "repo" / "services" / "orders");
  std::ofstream(dir / ".lambdalint.yaml") << "fail-on: none\n";  // above the repository
  EXPECT_FALSE(config::findConfigFile(dir / "repo" / "services" / "orders"));
  std::ofstream(dir / "repo" / ".lambdalint.yaml") << "fail-on: error\n";
  auto found = config::findConfigFile(dir / "repo" / "services" / "orders" / "template.yaml");
  ASSERT_TRUE(found);
  EXPECT_EQ(fs::canonical(*found), fs::canonical(dir / "repo" / ".lambdalint.yaml"));
  EXPECT_EQ(config::loadConfig(*found).failOn, "error");
}

TEST(Config, ExampleConfigurationParses) {
  fs::path example = fs::path(LAMBDALINT_SOURCE_DIR) / "testdata" / "config" / "example.lambdalint.yaml";
  EXPECT_NO_THROW(config::loadConfig(example));
}

}  // namespace

namespace {

// Options set in the configuration reach the rules' checks (REL003 and SEC002 read theirs).
TEST(Config, RuleOptionsReachTheChecks) {
  const std::string tpl = R"(AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      InlineCode: "def handler(e, c): pass"
      Timeout: 45
      Policies:
        - Statement:
            - Effect: Allow
              Action: ["xray:*", "s3:*"]
              Resource: "*"
      Events:
        Get: {Type: Api, Properties: {Path: /, Method: get}}
)";
  auto count = [&](const RuleOptionValues& options, std::string_view rule) {
    AnalysisResult r = analyzeText("t.yaml", tpl, options);
    return std::ranges::count_if(r.findings.all(),
                         [&](const Finding& f) { return f.ruleId == rule; });
  };
  EXPECT_EQ(count({}, "REL003"), 1);
  EXPECT_EQ(count({}, "SEC002"), 2);
  Config c = parse(
      "rules:\n  options:\n    REL003: {rest-api-timeout-seconds: 60}\n"
      "    SEC002: {allowed-wildcard-actions: [XRAY:*]}\n");
  EXPECT_EQ(count(c.options, "REL003"), 0);
  EXPECT_EQ(count(c.options, "SEC002"), 1);  // s3:* is still reported
}

}  // namespace

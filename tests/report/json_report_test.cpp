// The JSON reporter: the documented shape, parsed back.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report_fixtures.hpp"

namespace lambdalint::report {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;
using rtest::finding;
using rtest::loc;
using rtest::sample;

std::vector<std::string> keys(const ordered_json& o) {
  std::vector<std::string> k;
  for (auto it = o.begin(); it != o.end(); ++it) k.push_back(it.key());
  return k;
}

TEST(JsonReport, TopLevelShapeAndKeyOrder) {
  auto s = sample();
  std::string out = rtest::json(s.findings, s.run);
  ASSERT_TRUE(out.ends_with("}\n"));
  EXPECT_TRUE(out.starts_with("{\n  \"version\": 1,\n  \"tool\": {\n    \"name\": \"lambdalint\",")) << out;

  ordered_json doc = ordered_json::parse(out);
  EXPECT_EQ(keys(doc), (std::vector<std::string>{"version", "tool", "summary", "findings", "files", "functions"}));
  EXPECT_EQ(doc["version"], 1);
  EXPECT_EQ(doc["tool"]["name"], "lambdalint");
  EXPECT_EQ(doc["tool"]["version"], "0.1.0");
  EXPECT_EQ(keys(doc["summary"]), (std::vector<std::string>{"errors", "warnings", "notes", "filesAnalysed", "functions",
                                                                  "suppressed", "unchanged"}));
  EXPECT_EQ(doc["summary"]["errors"], 2);
  EXPECT_EQ(doc["summary"]["warnings"], 1);
  EXPECT_EQ(doc["summary"]["notes"], 1);
  EXPECT_EQ(doc["summary"]["filesAnalysed"], 3);
}

TEST(JsonReport, FindingFields) {
  auto s = sample();
  ordered_json doc = ordered_json::parse(rtest::json(s.findings, s.run));
  ASSERT_EQ(doc["findings"].size(), 4u);

  const ordered_json& dup = doc["findings"][1];
  EXPECT_EQ(keys(dup), (std::vector<std::string>{"ruleId", "ruleName", "severity", "message", "location",
                                                 "related", "fingerprint", "fix"}));
  EXPECT_EQ(dup["ruleId"], "INP002");
  EXPECT_EQ(dup["ruleName"], "duplicate-key");
  EXPECT_EQ(dup["severity"], "error");
  EXPECT_EQ(dup["message"], "The key 'QueueName' appears twice in this mapping.");
  EXPECT_EQ(keys(dup["location"]),
            (std::vector<std::string>{"file", "startLine", "startColumn", "endLine", "endColumn"}));
  EXPECT_EQ(dup["location"]["file"], "services/orders/template.yaml");
  EXPECT_EQ(dup["location"]["startLine"], 7);
  EXPECT_EQ(dup["location"]["startColumn"], 7);
  EXPECT_EQ(dup["location"]["endLine"], 7);
  EXPECT_EQ(dup["location"]["endColumn"], 16);
  ASSERT_EQ(dup["related"].size(), 1u);
  EXPECT_EQ(dup["related"][0]["message"], "The first 'QueueName' is here.");
  EXPECT_EQ(dup["related"][0]["location"]["startLine"], 6);
  EXPECT_EQ(dup["fingerprint"], "0f1e2d3c4b5a6978:1");
  EXPECT_EQ(dup["fix"]["description"], "Remove the second 'QueueName'.");
  ASSERT_EQ(dup["fix"]["replacements"].size(), 1u);
  EXPECT_EQ(dup["fix"]["replacements"][0]["text"], "");
  EXPECT_EQ(dup["fix"]["replacements"][0]["location"]["endLine"], 8);

  // No "fix" key when the finding has none; related is always an array.
  const ordered_json& note = doc["findings"][3];
  EXPECT_FALSE(note.contains("fix"));
  EXPECT_TRUE(note["related"].is_array());
  EXPECT_EQ(note["severity"], "note");
  EXPECT_EQ(doc["findings"][2]["severity"], "warning");
}

TEST(JsonReport, FilesListAnalysedAndReportedFiles) {
  auto s = sample();
  ordered_json doc = ordered_json::parse(rtest::json(s.findings, s.run));
  ASSERT_EQ(doc["files"].size(), 4u);
  std::vector<std::string> paths;
  for (const auto& f : doc["files"]) paths.push_back(f["path"]);
  EXPECT_EQ(paths, (std::vector<std::string>{"broken.yaml", "clean.yaml", "services/orders/template.yaml",
                                             "template.yaml"}));
  EXPECT_EQ(keys(doc["files"][0]), (std::vector<std::string>{"path", "analysed", "errors", "warnings", "notes"}));
  EXPECT_EQ(doc["files"][0]["analysed"], false);
  EXPECT_EQ(doc["files"][0]["errors"], 1);
  EXPECT_EQ(doc["files"][1]["analysed"], true);
  EXPECT_EQ(doc["files"][1]["errors"], 0);
  EXPECT_EQ(doc["files"][3]["warnings"], 1);
  EXPECT_EQ(doc["files"][3]["notes"], 1);
}

TEST(JsonReport, EmptyRun) {
  RunSummary run;
  run.toolVersion = "9.9.9";
  ordered_json doc = ordered_json::parse(rtest::json({}, run));
  EXPECT_TRUE(doc["findings"].is_array());
  EXPECT_TRUE(doc["findings"].empty());
  EXPECT_TRUE(doc["files"].empty());
  EXPECT_EQ(doc["summary"]["filesAnalysed"], 0);
  EXPECT_EQ(doc["tool"]["version"], "9.9.9");
}

TEST(JsonReport, ColumnsAreCodePointsAndUnknownIsZero) {
  RunSummary run;
  std::vector<Finding> f{finding("INP003", Severity::Note, "m", loc("a.yaml", 1, 9, 1, 12, "Name: \xC3\xA9 xyz")),
                         finding("INP001", Severity::Error, "m", loc("b.yaml", 0, 0, 0, 0, ""))};
  ordered_json doc = ordered_json::parse(rtest::json(f, run));
  EXPECT_EQ(doc["findings"][0]["location"]["startColumn"], 8);
  EXPECT_EQ(doc["findings"][0]["location"]["endColumn"], 11);
  EXPECT_EQ(doc["findings"][1]["location"]["startLine"], 0);
  EXPECT_EQ(doc["findings"][1]["location"]["startColumn"], 0);
}

TEST(JsonReport, InvalidUtf8DoesNotThrow) {
  RunSummary run;
  std::vector<Finding> f{finding("INP001", Severity::Error, "bad \xFF\xFE bytes", loc("a.yaml", 1, 1, 1, 2, "\xC3("))};
  std::string out;
  ASSERT_NO_THROW(out = rtest::json(f, run));
  ordered_json doc = ordered_json::parse(out);
  EXPECT_EQ(doc["findings"][0]["message"], "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes");
}

TEST(JsonReport, Deterministic) {
  auto s = sample();
  EXPECT_EQ(rtest::json(s.findings, s.run), rtest::json(s.findings, s.run));
}

}  // namespace
}  // namespace lambdalint::report

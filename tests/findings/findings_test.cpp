// The findings pipeline: suppression comments, template ignores, configuration, baseline,
// the changed-files filter.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "lambdalint/engine/analyze.hpp"
#include "lambdalint/findings/comments.hpp"
#include "lambdalint/findings/pipeline.hpp"
#include "support/run_command.hpp"

namespace fs = std::filesystem;
using namespace lambdalint;
using findings::commentStart;
using findings::scanComments;

namespace {

TEST(SuppressionComments, HashOutsideQuotesStartsAComment) {
  constexpr auto npos = std::string_view::npos;
  EXPECT_EQ(commentStart("# top"), 0u);
  EXPECT_EQ(commentStart("  key: value  # c"), 14u);
  EXPECT_EQ(commentStart("key: a#b"), npos);                     // not after a blank
  EXPECT_EQ(commentStart("key: \"a # b\""), npos);               // in double quotes
  EXPECT_EQ(commentStart("key: 'a # b' # c"), 13u);              // after single quotes
  EXPECT_EQ(commentStart("key: 'it''s # x'"), npos);             // '' inside single quotes
  EXPECT_EQ(commentStart("key: \"a \\\" # b\" # c"), 16u);       // \" inside double quotes
  EXPECT_EQ(commentStart("key: it's # c"), 10u);                 // a quote inside a plain scalar
  EXPECT_EQ(commentStart("- [\"#\", '#'] # c"), 13u);
}

TEST(SuppressionComments, HandlerCodeCommentsOutsideStrings) {
  using findings::CommentSyntax;
  using findings::codeCommentStart;
  constexpr auto npos = std::string_view::npos;
  EXPECT_EQ(findings::commentSyntaxFor("src/app.py"), CommentSyntax::Hash);
  EXPECT_EQ(findings::commentSyntaxFor("src/index.mjs"), CommentSyntax::Slashes);
  EXPECT_EQ(findings::commentSyntaxFor("template.yaml"), CommentSyntax::Yaml);
  EXPECT_EQ(codeCommentStart("x = 'a # b'  # c", CommentSyntax::Hash), 13u);
  EXPECT_EQ(codeCommentStart("x = \"a \\\" # b\"", CommentSyntax::Hash), npos);
  EXPECT_EQ(codeCommentStart("const u = 'http://x'; // c", CommentSyntax::Slashes), 22u);
  EXPECT_EQ(codeCommentStart("const t = `a // b`", CommentSyntax::Slashes), npos);
  EXPECT_EQ(codeCommentStart("a / b", CommentSyntax::Slashes), npos);

  SourceFile js("src/index.js",
                "// lambdalint: ignore CODE002 -- one client per tenant\n"
                "const c = new S3Client({}); // lambdalint: ignore CODE003\n");
  auto ds = scanComments(js);
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_TRUE(ds[0].ownLine);
  EXPECT_EQ(ds[0].ids.at(0).text, "CODE002");
  EXPECT_EQ(ds[0].reason, "one client per tenant");
  EXPECT_FALSE(ds[1].ownLine);
  EXPECT_EQ(ds[1].ids.at(0).text, "CODE003");
  EXPECT_EQ(ds[1].ids.at(0).range.begin.column, 51u);
}

TEST(SuppressionComments, DirectivesWithIdsAndReasons) {
  SourceFile file("t.yaml",
                  "# lambdalint: ignore-file SEC003 -- fake keys\n"
                  "a: 1  # lambdalint: ignore REL001,REL002 SEC001 -- reason: with -- dashes\n"
                  "  #lambdalint:ignore REL004\n"
                  "b: \"# lambdalint: ignore SEC002\"\n"
                  "# lambdalint: disable REL001\n"
                  "# a comment that mentions lambdalint: nothing\n");
  auto d = scanComments(file);
  ASSERT_EQ(d.size(), 4u);
  EXPECT_TRUE(d[0].wholeFile);
  ASSERT_EQ(d[0].ids.size(), 1u);
  EXPECT_EQ(d[0].ids[0].text, "SEC003");
  EXPECT_EQ(d[0].reason, "fake keys");
  EXPECT_FALSE(d[1].ownLine);
  ASSERT_EQ(d[1].ids.size(), 3u);
  EXPECT_EQ(d[1].ids[1].text, "REL002");
  EXPECT_EQ(d[1].ids[1].range.begin.column, 35u);
  EXPECT_EQ(d[1].reason, "reason: with -- dashes");
  EXPECT_TRUE(d[2].ownLine);
  EXPECT_EQ(d[2].ids[0].text, "REL004");
  EXPECT_EQ(d[2].reason, "");
  EXPECT_TRUE(d[3].ids.empty());  // not ignore/ignore-file: reported as INP004
  EXPECT_EQ(d[3].line, 5u);
}

const char* kTemplate = R"(AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
      Environment:
        Variables:
          # lambdalint: ignore SEC003 -- rotated test key
          DB_PASSWORD: hunter2
)";

TEST(Suppressions, SuppressedFindingsStayWithTheirJustification) {
  AnalysisResult r = analyzeText("t.yaml", kTemplate);
  const Finding* sec003 = nullptr;
  std::vector<Finding> all = r.findings.all();
  for (const Finding& f : all) {
    EXPECT_NE(f.ruleId, "INP004") << f.message;
    if (f.ruleId == "SEC003") sec003 = &f;
  }
  ASSERT_NE(sec003, nullptr);
  ASSERT_TRUE(sec003->suppression);
  EXPECT_EQ(sec003->suppression->kind, "inSource");
  EXPECT_EQ(sec003->suppression->justification, "rotated test key");
  EXPECT_FALSE(sec003->active());
}

TEST(Suppressions, UnreadableFileReportsNoUnusedSuppression) {
  AnalysisResult r = analyzeText("broken.yaml",
                                 "AWSTemplateFormatVersion: \"2010-09-09\"\n"
                                 "# lambdalint: ignore SEC003 -- x\n"
                                 "Resources: {Queue: {Type: AWS::SQS::Queue\n");
  ASSERT_FALSE(r.findings.empty());
  for (const Finding& f : r.findings.all()) EXPECT_EQ(f.ruleId, "INP001") << f.message;
}

Finding made(std::string rule, Severity s, std::string file, std::string fingerprint) {
  Finding f;
  f.ruleId = std::move(rule);
  f.severity = s;
  f.location.file = std::move(file);
  f.location.range = {{1, 1}, {1, 2}};
  f.fingerprint = std::move(fingerprint);
  return f;
}

TEST(Pipeline, ConfigurationDropsAndReLevels) {
  config::Config c = config::parseConfig(
      "c.yaml", "rules:\n  disable: [REL001]\n  severity: {SEC001: error}\n", "/p/c.yaml");
  std::vector<Finding> f{made("REL001", Severity::Note, "a", "1"),
                         made("SEC001", Severity::Warning, "a", "2")};
  std::erase_if(f, [&](Finding& one) { return !findings::applyConfig(c, one); });
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].ruleId, "SEC001");
  EXPECT_EQ(f[0].severity, Severity::Error);
}

TEST(Pipeline, KeepFindingsInChangedFilesOrPointingThere) {
  std::vector<Finding> f{made("SEC001", Severity::Warning, "a.yaml", "1"),
                         made("SEC001", Severity::Warning, "b.yaml", "2"),
                         made("SEC001", Severity::Warning, "c.yaml", "3")};
  f[2].related.push_back(f[0].location);
  f[2].related[0].file = "src/handler.py";
  std::set<std::string> changed{"a.yaml", "src/handler.py"};
  std::erase_if(f, [&](const Finding& one) { return !findings::isInFiles(changed, one); });
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].location.file, "a.yaml");
  EXPECT_EQ(f[1].location.file, "c.yaml");
}

TEST(Pipeline, BaselineWrittenAndReadBack) {
  std::vector<Finding> f{made("SEC001", Severity::Warning, "a.yaml", "aaaa:1"),
                         made("SEC003", Severity::Error, "a.yaml", "bbbb:1")};
  f[1].suppression = Suppression{"inSource", "why"};
  fs::path file = fs::path(lambdalint::testing::makeTempDir()) / "baseline.json";
  {
    std::ofstream out(file);
    findings::writeBaseline(out, FindingList(f));
  }
  findings::Baseline b = findings::readBaseline(file);
  EXPECT_EQ(b.fingerprints, (std::set<std::string>{"aaaa:1"}));  // suppressed ones are not needed

  std::vector<Finding> next{made("SEC001", Severity::Warning, "a.yaml", "aaaa:1"),
                            made("SEC001", Severity::Warning, "a.yaml", "aaaa:2")};
  for (Finding& one : next) findings::applyBaseline(b, one);
  EXPECT_EQ(next[0].baselineState, BaselineState::Unchanged);
  EXPECT_FALSE(next[0].active());
  EXPECT_EQ(next[1].baselineState, BaselineState::New);
  EXPECT_TRUE(next[1].active());
}

TEST(Pipeline, BaselineFromSarifAndInvalidFiles) {
  fs::path dir = lambdalint::testing::makeTempDir();
  std::ofstream(dir / "run.sarif")
      << R"({"version": "2.1.0", "runs": [{"results": [{"partialFingerprints": {"lambdalint/v1": "cccc:1"}}]}]})";
  EXPECT_EQ(findings::readBaseline(dir / "run.sarif").fingerprints, (std::set<std::string>{"cccc:1"}));
  std::ofstream(dir / "bad.json") << R"({"something": "else"})";
  EXPECT_THROW(findings::readBaseline(dir / "bad.json"), std::runtime_error);
  EXPECT_THROW(findings::readBaseline(dir / "missing.json"), std::runtime_error);
}

}  // namespace

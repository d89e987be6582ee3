// OPS002 runtime-deprecated: the stage of a runtime depends on the day of the run, pinned here
// with SOURCE_DATE_EPOCH (each test runs in its own process under ctest).
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "lambdalint/engine/analyze.hpp"
#include "lambdalint/model/runtimes.hpp"

using namespace lambdalint;

namespace {

// nodejs22.x: deprecated 2027-04-30, creation blocked 2027-06-01, updates blocked 2027-07-01.
const std::string kTemplate =
    "AWSTemplateFormatVersion: \"2010-09-09\"\n"
    "Resources:\n"
    "  Fn:\n"
    "    Type: AWS::Lambda::Function\n"
    "    Properties:\n"
    "      Runtime: nodejs22.x\n"
    "      Handler: index.handler\n"
    "      Role: arn:aws:iam::123456789012:role/r\n"
    "      Code: {S3Bucket: b, S3Key: k}\n";

std::vector<Finding> ops002(const AnalysisResult& r) {
  std::vector<Finding> out;
  for (const Finding& f : r.findings.all())
    if (f.ruleId == "OPS002") out.push_back(f);
  return out;
}

AnalysisResult analyzeOn(const char* epochSeconds) {
  setenv("SOURCE_DATE_EPOCH", epochSeconds, 1);
  AnalysisResult r = analyzeText("t.yaml", kTemplate);
  unsetenv("SOURCE_DATE_EPOCH");
  return r;
}

TEST(RuntimeLifecycle, SourceDateEpochPinsToday) {
  setenv("SOURCE_DATE_EPOCH", "1798761600", 1);  // 2027-01-01T00:00:00Z
  EXPECT_EQ(model::todayIso(), "2027-01-01");
  setenv("SOURCE_DATE_EPOCH", "not a number", 1);  // ignored: the real date
  EXPECT_NE(model::todayIso(), "2027-01-01");
  unsetenv("SOURCE_DATE_EPOCH");
}

TEST(RuntimeLifecycle, EachStageHasItsSeverityAndDates) {
  // 2026-12-01: more than 90 days before deprecation, nothing to say.
  EXPECT_TRUE(ops002(analyzeOn("1796083200")).empty());

  // 2027-03-01: within the 90 days before deprecation, a note.
  AnalysisResult soon = analyzeOn("1803859200");
  ASSERT_EQ(ops002(soon).size(), 1u);
  EXPECT_EQ(ops002(soon)[0].severity, Severity::Note);
  EXPECT_NE(ops002(soon)[0].message.find("will be deprecated on 2027-04-30"), std::string::npos)
      << ops002(soon)[0].message;
  EXPECT_EQ(ops002(soon)[0].location.range.begin.line, 6u);

  // 2027-05-15: deprecated, updates still allowed: the rule's own severity (warning).
  AnalysisResult deprecated = analyzeOn("1810339200");
  ASSERT_EQ(ops002(deprecated).size(), 1u);
  EXPECT_EQ(ops002(deprecated)[0].severity, Severity::Warning);
  EXPECT_NE(ops002(deprecated)[0].message.find("updates blocked from 2027-07-01"),
            std::string::npos);

  // 2027-07-22: updates blocked, an error naming the successor.
  AnalysisResult blocked = analyzeOn("1816214400");
  ASSERT_EQ(ops002(blocked).size(), 1u);
  EXPECT_EQ(ops002(blocked)[0].severity, Severity::Error);
  EXPECT_NE(ops002(blocked)[0].message.find("move to `nodejs24.x`"), std::string::npos)
      << ops002(blocked)[0].message;
}

}  // namespace

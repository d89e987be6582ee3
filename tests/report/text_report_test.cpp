// The text reporter: grouping, caret placement, colour, summary.
#include <gtest/gtest.h>

#include "report_fixtures.hpp"

namespace lambdalint::report {
namespace {

using rtest::finding;
using rtest::loc;
using rtest::sample;
using rtest::text;

TEST(TextReport, WholeSampleMatchesTheDocumentedLayout) {
  auto s = sample();
  const std::string expected =
      "broken.yaml\n"
      "broken.yaml:5:18: error: Could not parse the file: unclosed flow mapping at line 5. "
      "[INP001 unreadable-input]\n"
      "  5 |     Properties: {QueueName: \"orders\"\n"
      "    |                  ^\n"
      "\n"
      "services/orders/template.yaml\n"
      "services/orders/template.yaml:7:7: error: The key 'QueueName' appears twice in this "
      "mapping. [INP002 duplicate-key]\n"
      "  7 |       QueueName: invoices\n"
      "    |       ^^^^^^^^^\n"
      "  services/orders/template.yaml:6:7: note: The first 'QueueName' is here.\n"
      "    6 |       QueueName: orders\n"
      "      |       ^^^^^^^^^\n"
      "  fix: Remove the second 'QueueName'.\n"
      "\n"
      "template.yaml\n"
      "template.yaml:12:18: warning: Unknown tag '!Subb'; did you mean '!Sub'? "
      "[INP003 unknown-tag]\n"
      "  12 |       QueueName: !Subb \"${AWS::StackName}-orders\"\n"
      "     |                  ^^^^^\n"
      "  fix: Replace '!Subb' with '!Sub'.\n"
      "template.yaml:20:3: note: Tag '!Foo' is not a CloudFormation intrinsic. "
      "[INP003 unknown-tag]\n"
      "  20 |                 !Foo bar\n"
      "     |                 ^^^^\n"
      "\n"
      "2 errors, 1 warning, 1 note in 3 files (3 files analysed)\n";
  EXPECT_EQ(text(s.findings, s.run), expected);
}

TEST(TextReport, GroupsFindingsUnderOneHeaderPerFile) {
  auto s = sample();
  std::string out = text(s.findings, s.run);
  for (const char* header : {"\nbroken.yaml\n", "\nservices/orders/template.yaml\n", "\ntemplate.yaml\n"}) {
    std::string h = header;
    size_t first = ("\n" + out).find(h);
    ASSERT_NE(first, std::string::npos) << h;
    EXPECT_EQ(("\n" + out).find(h, first + 1), std::string::npos) << "header printed twice: " << h;
  }
  // Headers come in path order and each finding sits under its own file's header.
  EXPECT_LT(out.find("broken.yaml\n"), out.find("services/orders/template.yaml\n"));
  EXPECT_LT(out.find("\ntemplate.yaml\n"), out.find("template.yaml:20:3:"));
  EXPECT_GT(out.find("template.yaml:12:18:"), out.find("\ntemplate.yaml\n"));
}

TEST(TextReport, CaretRunsFromStartToEndColumnOnTheSameLine) {
  RunSummary run;
  run.filesAnalysed = {"a.yaml"};
  std::vector<Finding> f{finding("INP002", Severity::Error, "m", loc("a.yaml", 3, 5, 3, 9, "  - abcd: x"))};
  std::string out = text(f, run);
  EXPECT_NE(out.find("  3 |   - abcd: x\n    |     ^^^^\n"), std::string::npos) << out;
}

TEST(TextReport, SingleCaretForMultiLineOrEmptyRanges) {
  RunSummary run;
  std::vector<Finding> f{finding("INP002", Severity::Error, "m", loc("a.yaml", 3, 3, 9, 1, "  Key: x")),
                         finding("INP002", Severity::Error, "n", loc("a.yaml", 4, 3, 4, 3, "  Ke: y"))};
  std::string out = text(f, run);
  EXPECT_NE(out.find("  3 |   Key: x\n    |   ^\n"), std::string::npos) << out;
  EXPECT_NE(out.find("  4 |   Ke: y\n    |   ^\n"), std::string::npos) << out;
}

TEST(TextReport, TabsExpandAndCaretsFollowThem) {
  RunSummary run;
  // Tab stops every 8 columns: "a\tb" shows b at display column 8.
  std::vector<Finding> f{finding("INP003", Severity::Note, "m", loc("a.json", 2, 3, 2, 4, "a\tb\tc"))};
  std::string out = text(f, run);
  EXPECT_NE(out.find("  2 | a       b       c\n    |         ^\n"), std::string::npos) << out;
  EXPECT_EQ(out.find('\t'), std::string::npos);
}

TEST(TextReport, MultiByteCharactersTakeOneColumn) {
  RunSummary run;
  // "é" is two bytes; the reported byte column 10 ('x') is the 9th character.
  std::vector<Finding> f{finding("INP003", Severity::Note, "m", loc("a.yaml", 1, 10, 1, 13, "Name: \xC3\xA9 xyz"))};
  std::string out = text(f, run);
  EXPECT_NE(out.find("a.yaml:1:9: note:"), std::string::npos) << out;
  EXPECT_NE(out.find("  1 | Name: \xC3\xA9 xyz\n    |         ^^^\n"), std::string::npos) << out;
}

TEST(TextReport, UnknownColumnOrLineShortensThePosition) {
  RunSummary run;
  std::vector<Finding> f{finding("INP001", Severity::Error, "no position", loc("bin.yaml", 0, 0, 0, 0, "")),
                         finding("INP001", Severity::Error, "line only", loc("c.yaml", 4, 0, 0, 0, "abc"))};
  std::string out = text(f, run);
  EXPECT_NE(out.find("bin.yaml: error: no position [INP001 unreadable-input]\n"), std::string::npos) << out;
  // A known line without a column shows the line but no caret.
  EXPECT_NE(out.find("c.yaml:4: error: line only [INP001 unreadable-input]\n  4 | abc\n\n"),
            std::string::npos)
      << out;
}

TEST(TextReport, NoSnippetsOption) {
  auto s = sample();
  std::string out = text(s.findings, s.run, false, false);
  EXPECT_EQ(out.find(" | "), std::string::npos) << out;
  EXPECT_EQ(out.find('^'), std::string::npos) << out;
  EXPECT_NE(out.find("  services/orders/template.yaml:6:7: note: The first 'QueueName' is here.\n"),
            std::string::npos);
}

TEST(TextReport, ColourOnlyWhenAsked) {
  auto s = sample();
  EXPECT_EQ(text(s.findings, s.run, false).find('\x1b'), std::string::npos);
  std::string out = text(s.findings, s.run, true);
  EXPECT_NE(out.find("\x1b[1;31merror:\x1b[0m"), std::string::npos) << out;
  EXPECT_NE(out.find("\x1b[1;33mwarning:\x1b[0m"), std::string::npos);
  EXPECT_NE(out.find("\x1b[1;36mnote:\x1b[0m"), std::string::npos);
  EXPECT_NE(out.find("[\x1b[1mINP002\x1b[0m duplicate-key]"), std::string::npos);
  EXPECT_NE(out.find("\x1b[1;31m^^^^^^^^^\x1b[0m"), std::string::npos);
}

TEST(TextReport, TerminalControlCharactersFromInputsAreNeutralised) {
  RunSummary run;
  std::vector<Finding> f{finding("INP003", Severity::Warning, "bad \x1b[2J tag \xC2\x9B" "31m",
                                 loc("evil\x1b]0;x\x07.yaml", 1, 1, 1, 2, "\x1b[31mred"))};
  std::string out = text(f, run, false);
  EXPECT_EQ(out.find('\x1b'), std::string::npos) << out;
  EXPECT_EQ(out.find('\x07'), std::string::npos);
  EXPECT_EQ(out.find("\xC2\x9B"), std::string::npos);
  EXPECT_NE(out.find("bad ?[2J tag ?31m"), std::string::npos) << out;
}

TEST(TextReport, InvalidUtf8AndBidiOverridesAreNeutralised) {
  RunSummary run;
  // Latin-1 "é" (one invalid byte) and a right-to-left override (U+202E) in the source line.
  std::vector<Finding> f{finding("INP001", Severity::Error, "m",
                                 loc("a.yaml", 2, 9, 2, 11, "caf\xE9 \xE2\x80\xAE" "ab x"))};
  std::string out = text(f, run);
  // Byte column 9 ('a') is character 7: each invalid byte and the override count one.
  EXPECT_NE(out.find("a.yaml:2:7: error:"), std::string::npos) << out;
  EXPECT_NE(out.find("  2 | caf? ?ab x\n    |       ^^\n"), std::string::npos) << out;
}

TEST(TextReport, MultiLineMessagesStayIndented) {
  RunSummary run;
  std::vector<Finding> f{finding("INP001", Severity::Error, "first\nsecond\n", loc("a.yaml", 1, 1, 1, 2, "x"))};
  std::string out = text(f, run, false, false);
  EXPECT_NE(out.find("a.yaml:1:1: error: first\n  second [INP001 unreadable-input]\n"), std::string::npos)
      << out;
}

TEST(TextReport, SummaryLine) {
  RunSummary run;
  run.filesAnalysed = {"a.yaml", "b.yaml", "c.yaml"};
  EXPECT_EQ(text({}, run), "No problems found in 3 files.\n");
  run.filesAnalysed = {"a.yaml"};
  EXPECT_EQ(text({}, run), "No problems found in 1 file.\n");

  std::vector<Finding> one{finding("INP002", Severity::Error, "m", loc("a.yaml", 1, 1, 1, 2, "x"))};
  std::string out = text(one, run, false, false);
  EXPECT_TRUE(out.ends_with("\n1 error, 0 warnings, 0 notes in 1 file (1 file analysed)\n")) << out;
}

TEST(TextReport, NotificationsAreNotPrintedTwice) {
  auto s = sample();
  s.run.notifications.push_back({"broken.yaml", "UNIQUE-NOTIFICATION-TEXT"});
  std::string out = text(s.findings, s.run);
  EXPECT_EQ(out.find("UNIQUE-NOTIFICATION-TEXT"), std::string::npos);
  // The INP001 finding itself is shown exactly once.
  size_t first = out.find("unclosed flow mapping");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(out.find("unclosed flow mapping", first + 1), std::string::npos);
}

TEST(TextReport, Deterministic) {
  auto s = sample();
  EXPECT_EQ(text(s.findings, s.run, true), text(s.findings, s.run, true));
}

}  // namespace
}  // namespace lambdalint::report

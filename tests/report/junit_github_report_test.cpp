// The JUnit XML and GitHub Actions reporters.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "report/report_fixtures.hpp"

namespace lambdalint::report {
namespace {

using rtest::sample;

// A small well-formedness check of the XML we write: one root, balanced tags, quoted
// attributes, only the five predefined entities and character references.
struct XmlCheck {
  std::string error;
  std::vector<std::string> elements;  // every start tag's name, in order
};

XmlCheck checkXml(const std::string& xml) {
  XmlCheck r;
  std::vector<std::string> stack;
  size_t i = 0;
  int roots = 0;
  auto fail = [&](const std::string& what) {
    if (r.error.empty()) r.error = what + " at offset " + std::to_string(i);
  };
  auto checkText = [&](std::string_view text) {
    for (size_t k = 0; k < text.size(); ++k) {
      if (text[k] == '<') fail("'<' in text");
      if (text[k] != '&') continue;
      size_t semi = text.find(';', k);
      if (semi == std::string_view::npos) return fail("unterminated entity");
      std::string_view ent = text.substr(k + 1, semi - k - 1);
      if (ent != "amp" && ent != "lt" && ent != "gt" && ent != "quot" && ent != "apos" &&
          !(ent.size() > 1 && ent[0] == '#'))
        fail("unknown entity &" + std::string(ent) + ";");
    }
  };
  if (xml.rfind("<?xml ", 0) == 0) i = xml.find("?>") + 2;
  while (i < xml.size() && r.error.empty()) {
    size_t lt = xml.find('<', i);
    std::string_view text(xml.data() + i, (lt == std::string::npos ? xml.size() : lt) - i);
    if (stack.empty() && text.find_first_not_of(" \n") != std::string_view::npos) fail("text outside the root");
    checkText(text);
    if (lt == std::string::npos) break;
    size_t gt = xml.find('>', lt);
    if (gt == std::string::npos) return fail("unterminated tag"), r;
    std::string tag = xml.substr(lt + 1, gt - lt - 1);
    i = gt + 1;
    if (tag[0] == '/') {
      if (stack.empty() || stack.back() != tag.substr(1)) fail("mismatched </" + tag.substr(1) + ">");
      else stack.pop_back();
      continue;
    }
    bool empty = tag.back() == '/';
    if (empty) tag.pop_back();
    std::string name = tag.substr(0, tag.find(' '));
    if (stack.empty() && ++roots > 1) fail("two root elements");
    r.elements.push_back(name);
    // Attributes: name="value" pairs with escaped values.
    size_t p = name.size();
    while (p < tag.size()) {
      while (p < tag.size() && tag[p] == ' ') ++p;
      if (p >= tag.size()) break;
      size_t eq = tag.find("=\"", p);
      if (eq == std::string::npos) return fail("attribute without a quoted value in <" + name + ">"), r;
      size_t close = tag.find('"', eq + 2);
      if (close == std::string::npos) return fail("unterminated attribute"), r;
      checkText(std::string_view(tag).substr(eq + 2, close - eq - 2));
      p = close + 1;
    }
    if (!empty) stack.push_back(name);
  }
  if (!stack.empty()) fail("unclosed <" + stack.back() + ">");
  return r;
}

size_t count(const std::vector<std::string>& v, const std::string& s) {
  return static_cast<size_t>(std::count(v.begin(), v.end(), s));
}

TEST(JunitReport, WellFormedWithOneSuitePerFileAndOneCasePerFinding) {
  auto s = sample();
  s.findings[0].message = "a <tag> & \"quotes\" 'apos'\ncontrol\x01 and bad \xff byte";
  s.findings[3].suppression = Suppression{"inSource", "fake <key>"};
  std::ostringstream out;
  writeJunit(out, s.findings, s.run);
  XmlCheck x = checkXml(out.str());
  EXPECT_EQ(x.error, "") << out.str();
  EXPECT_EQ(x.elements.front(), "testsuites");
  // broken.yaml, clean.yaml, services/orders/template.yaml, template.yaml
  EXPECT_EQ(count(x.elements, "testsuite"), 4u);
  EXPECT_EQ(count(x.elements, "testcase"), 5u);  // 4 findings + 1 passing case for clean.yaml
  EXPECT_EQ(count(x.elements, "failure"), 3u);
  EXPECT_EQ(count(x.elements, "skipped"), 1u);
  EXPECT_NE(out.str().find("<testsuites name=\"lambdalint\" tests=\"5\" failures=\"3\" errors=\"0\" time=\"0\">"),
            std::string::npos);
  EXPECT_NE(out.str().find("<testsuite name=\"template.yaml\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"1\""),
            std::string::npos);
  EXPECT_NE(out.str().find("a &lt;tag&gt; &amp; &quot;quotes&quot; &apos;apos&apos;&#10;control\xEF\xBF\xBD"),
            std::string::npos);
}

TEST(GithubReport, WorkflowCommandsWithEscaping) {
  auto s = sample();
  s.findings[0].message = "100% sure\r\nsecond line: a, b";
  s.findings[0].location.file = "dir,with:odd%name.yaml";
  s.findings[1].suppression = Suppression{};
  std::ostringstream out;
  writeGithub(out, s.findings, s.run);
  std::string text = out.str();
  EXPECT_NE(text.find("::error file=dir%2Cwith%3Aodd%25name.yaml,line=5,col=18,endLine=5,endColumn=19,"
                      "title=INP001 unreadable-input::100%25 sure%0D%0Asecond line: a, b\n"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("INP002"), std::string::npos);  // suppressed
  EXPECT_NE(text.find("::warning file=template.yaml,line=12,"), std::string::npos);
  EXPECT_NE(text.find("::notice file=template.yaml,line=20,"), std::string::npos);
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 3);
}

TEST(TextReport, SuppressedFindingsAreCountedNotShown) {
  auto s = sample();
  s.findings[1].suppression = Suppression{"inSource", "why"};
  s.findings[2].baselineState = BaselineState::Unchanged;
  std::string text = rtest::text(s.findings, s.run);
  EXPECT_EQ(text.find("appears twice"), std::string::npos);
  EXPECT_EQ(text.find("!Subb"), std::string::npos);
  EXPECT_NE(text.find("(1 suppressed) (1 unchanged since the baseline)"), std::string::npos) << text;

  std::ostringstream quiet;
  writeText(quiet, s.findings, s.run, TextOptions{.findings = true, .summary = false});
  EXPECT_EQ(quiet.str().find("analysed"), std::string::npos);
  std::ostringstream summaryOnly;
  writeText(summaryOnly, s.findings, s.run, TextOptions{.findings = false, .summary = true});
  const std::string summaryText = summaryOnly.str();
  EXPECT_EQ(std::count(summaryText.begin(), summaryText.end(), '\n'), 1) << summaryText;
}

TEST(JsonAndSarifReport, SuppressionAndBaselineState) {
  auto s = sample();
  s.findings[1].suppression = Suppression{"inSource", "why"};
  s.findings[1].baselineState = BaselineState::New;
  s.findings[2].baselineState = BaselineState::Unchanged;
  auto j = nlohmann::json::parse(rtest::json(s.findings, s.run));
  EXPECT_EQ(j["findings"][1]["suppressed"], (nlohmann::json{{"kind", "inSource"}, {"justification", "why"}}));
  EXPECT_EQ(j["findings"][2]["baselineState"], "unchanged");
  EXPECT_EQ(j["summary"]["suppressed"], 1);
  EXPECT_EQ(j["summary"]["unchanged"], 1);
  EXPECT_EQ(j["summary"]["errors"], 1);  // only active findings count
  auto sarif = nlohmann::json::parse(rtest::sarif(s.findings, s.run));
  const auto& results = sarif["runs"][0]["results"];
  EXPECT_EQ(results[1]["suppressions"][0]["kind"], "inSource");
  EXPECT_EQ(results[1]["suppressions"][0]["justification"], "why");
  EXPECT_EQ(results[1]["baselineState"], "new");
  EXPECT_EQ(results[2]["baselineState"], "unchanged");
  EXPECT_FALSE(results[0].contains("suppressions"));
}

}  // namespace
}  // namespace lambdalint::report

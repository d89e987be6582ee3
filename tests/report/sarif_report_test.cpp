// The SARIF reporter: structure, GitHub specifics, determinism, and the SARIF Multitool's
// verdict when the build knows where the Multitool is.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "lambdalint/report/links.hpp"
#include "report_fixtures.hpp"

#ifndef LAMBDALINT_SARIF_MULTITOOL
#define LAMBDALINT_SARIF_MULTITOOL ""
#endif

namespace lambdalint::report {
namespace {

using nlohmann::json;
using rtest::finding;
using rtest::loc;
using rtest::sample;

json parsed(const std::vector<Finding>& f, const RunSummary& run) {
  return json::parse(rtest::sarif(f, run));
}

TEST(SarifReport, LogHeader) {
  auto s = sample();
  std::string out = rtest::sarif(s.findings, s.run);
  EXPECT_TRUE(out.ends_with("}\n"));
  json log = json::parse(out);
  EXPECT_EQ(log["$schema"], "https://json.schemastore.org/sarif-2.1.0.json");
  EXPECT_EQ(log["version"], "2.1.0");
  ASSERT_EQ(log["runs"].size(), 1u);
  const json& driver = log["runs"][0]["tool"]["driver"];
  EXPECT_EQ(driver["name"], "lambdalint");
  EXPECT_EQ(driver["version"], "0.1.0");
  EXPECT_EQ(driver["semanticVersion"], "0.1.0");
  EXPECT_EQ(driver["informationUri"], std::string(kInformationUri));
  EXPECT_EQ(log["runs"][0]["columnKind"], "unicodeCodePoints");
}

TEST(SarifReport, RulesHoldTheWholeCatalogInOrder) {
  json log = parsed({}, RunSummary{});
  const json& rules = log["runs"][0]["tool"]["driver"]["rules"];
  auto catalog = allMeta();
  ASSERT_EQ(rules.size(), catalog.size());
  for (size_t i = 0; i < catalog.size(); ++i) {
    const RuleMeta& m = *catalog[i];
    const json& r = rules[i];
    SCOPED_TRACE(std::string(m.id));
    EXPECT_EQ(r["id"], std::string(m.id));
    EXPECT_EQ(r["name"], std::string(m.name));
    EXPECT_FALSE(r["shortDescription"]["text"].get<std::string>().empty());
    EXPECT_FALSE(r["fullDescription"]["text"].get<std::string>().empty());
    EXPECT_EQ(r["helpUri"], "https://github.com/lambdalint/lambdalint/blob/main/docs/rules/" +
                                std::string(m.id) + "-" + std::string(m.name) + ".md");
    std::string md = r["help"]["markdown"];
    std::string lang = m.exampleLanguage.empty() ? "yaml" : std::string(m.exampleLanguage);
    size_t bad = md.find("```" + lang + "\n");
    ASSERT_NE(bad, std::string::npos) << md;
    EXPECT_NE(md.find("```" + lang + "\n", bad + 1), std::string::npos) << "good example missing";
    EXPECT_FALSE(r["help"]["text"].get<std::string>().empty());
    EXPECT_EQ(r["defaultConfiguration"]["level"], severityName(m.defaultSeverity));
    EXPECT_EQ(r["properties"]["tags"], json::array({std::string(m.category)}));
    std::string problem = r["properties"]["problem.severity"];
    EXPECT_EQ(problem, m.defaultSeverity == Severity::Note ? "recommendation" : severityName(m.defaultSeverity));
    EXPECT_EQ(r["properties"].contains("security-severity"), m.category == "security");
  }
}

TEST(SarifReport, SecurityRulesCarrySecuritySeverity) {
  const RuleMeta* security = nullptr;
  for (const RuleMeta* m : allMeta())
    if (m->category == "security") security = m;
  if (security == nullptr) GTEST_SKIP() << "the rule catalog has no security rule yet";
  json log = parsed({}, RunSummary{});
  for (const json& r : log["runs"][0]["tool"]["driver"]["rules"]) {
    if (r["id"] != std::string(security->id)) continue;
    std::string score = r["properties"]["security-severity"];
    double value = std::stod(score);
    EXPECT_GT(value, 0.0);
    EXPECT_LE(value, 10.0);
  }
}

TEST(SarifReport, ResultsPointAtTheirRulesAndArtifacts) {
  auto s = sample();
  json log = parsed(s.findings, s.run);
  const json& run = log["runs"][0];
  const json& rules = run["tool"]["driver"]["rules"];
  const json& artifacts = run["artifacts"];
  ASSERT_EQ(run["results"].size(), s.findings.size());
  for (size_t i = 0; i < s.findings.size(); ++i) {
    const json& r = run["results"][i];
    const Finding& f = s.findings[i];
    SCOPED_TRACE(f.message);
    EXPECT_EQ(r["ruleId"], f.ruleId);
    size_t index = r["ruleIndex"];
    ASSERT_LT(index, rules.size());
    EXPECT_EQ(rules[index]["id"], f.ruleId);
    EXPECT_EQ(r["level"], severityName(f.severity));
    EXPECT_EQ(r["message"]["text"], f.message);
    EXPECT_EQ(r["partialFingerprints"]["primaryLocationLineHash"], f.fingerprint);

    ASSERT_EQ(r["locations"].size(), 1u);
    const json& artifact = r["locations"][0]["physicalLocation"]["artifactLocation"];
    std::string uri = artifact["uri"];
    EXPECT_EQ(uri, f.location.file);  // plain relative paths need no encoding
    EXPECT_NE(uri.front(), '/');
    EXPECT_EQ(uri.find(':'), std::string::npos);
    EXPECT_EQ(artifact["uriBaseId"], "%SRCROOT%");
    size_t a = artifact["index"];
    ASSERT_LT(a, artifacts.size());
    EXPECT_EQ(artifacts[a]["location"]["uri"], uri);

    const json& region = r["locations"][0]["physicalLocation"]["region"];
    EXPECT_EQ(region["startLine"], f.location.range.begin.line);
    EXPECT_EQ(region["startColumn"], f.location.range.begin.column);
    EXPECT_EQ(region["snippet"]["text"], f.location.snippet);
  }
}

TEST(SarifReport, RelatedLocationsAndFixes) {
  auto s = sample();
  json log = parsed(s.findings, s.run);
  const json& dup = log["runs"][0]["results"][1];
  ASSERT_EQ(dup["relatedLocations"].size(), 1u);
  EXPECT_EQ(dup["relatedLocations"][0]["id"], 1);
  EXPECT_EQ(dup["relatedLocations"][0]["message"]["text"], "The first 'QueueName' is here.");
  EXPECT_EQ(dup["relatedLocations"][0]["physicalLocation"]["region"]["startLine"], 6);

  ASSERT_EQ(dup["fixes"].size(), 1u);
  const json& fix = dup["fixes"][0];
  EXPECT_EQ(fix["description"]["text"], "Remove the second 'QueueName'.");
  const json& change = fix["artifactChanges"][0];
  EXPECT_EQ(change["artifactLocation"]["uri"], "services/orders/template.yaml");
  const json& rep = change["replacements"][0];
  EXPECT_EQ(rep["deletedRegion"], json({{"startLine", 7}, {"startColumn", 1}, {"endLine", 8}, {"endColumn", 1}}));
  EXPECT_FALSE(rep.contains("insertedContent"));  // a pure deletion

  const json& tag = log["runs"][0]["results"][2];
  EXPECT_EQ(tag["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"], "!Sub");
  EXPECT_FALSE(log["runs"][0]["results"][3].contains("fixes"));
  EXPECT_FALSE(log["runs"][0]["results"][3].contains("relatedLocations"));
}

TEST(SarifReport, ArtifactsCoverAnalysedAndReportedFiles) {
  auto s = sample();
  json log = parsed(s.findings, s.run);
  std::vector<std::string> uris;
  for (const json& a : log["runs"][0]["artifacts"]) {
    uris.push_back(a["location"]["uri"]);
    EXPECT_EQ(a["location"]["uriBaseId"], "%SRCROOT%");
    EXPECT_FALSE(a["roles"].empty());
  }
  EXPECT_EQ(uris, (std::vector<std::string>{"broken.yaml", "clean.yaml", "services/orders/template.yaml",
                                            "template.yaml"}));
  const json& artifacts = log["runs"][0]["artifacts"];
  EXPECT_EQ(artifacts[0]["roles"], json::array({"resultFile"}));
  EXPECT_EQ(artifacts[1]["roles"], json::array({"analysisTarget"}));
  EXPECT_EQ(artifacts[3]["roles"], json::array({"analysisTarget", "resultFile"}));
  EXPECT_EQ(artifacts[3]["sourceLanguage"], "yaml");
  // %SRCROOT% is described, never given as an absolute URI.
  const json& base = log["runs"][0]["originalUriBaseIds"]["%SRCROOT%"];
  EXPECT_FALSE(base.contains("uri"));
  EXPECT_TRUE(base.contains("description"));
}

TEST(SarifReport, InvocationAndNotifications) {
  auto s = sample();
  json log = parsed(s.findings, s.run);
  const json& inv = log["runs"][0]["invocations"];
  ASSERT_EQ(inv.size(), 1u);
  EXPECT_EQ(inv[0]["executionSuccessful"], true);
  EXPECT_EQ(inv[0]["exitCode"], 1);
  EXPECT_FALSE(inv[0].contains("startTimeUtc"));
  const json& notes = inv[0]["toolExecutionNotifications"];
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0]["level"], "error");
  EXPECT_EQ(notes[0]["message"]["text"], "Could not parse the file: unclosed flow mapping at line 5.");
  const json& where = notes[0]["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(where["uri"], "broken.yaml");
  EXPECT_EQ(where["index"], 0);

  s.run.exitCode = 2;
  s.run.startTimeUtc = "2024-05-01T12:00:00Z";
  json failed = parsed(s.findings, s.run);
  EXPECT_EQ(failed["runs"][0]["invocations"][0]["executionSuccessful"], false);
  EXPECT_EQ(failed["runs"][0]["invocations"][0]["startTimeUtc"], "2024-05-01T12:00:00Z");
}

TEST(SarifReport, WholeFileFindingsArePinnedToLineOne) {
  RunSummary run;
  std::vector<Finding> f{finding("INP001", Severity::Error, "Binary file.", loc("bin.yaml", 0, 0, 0, 0, ""))};
  json log = parsed(f, run);
  EXPECT_EQ(log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"],
            json({{"startLine", 1}}));
}

TEST(SarifReport, RegionsAreConsistentAndInCodePoints) {
  RunSummary run;
  std::vector<Finding> f{
      finding("INP003", Severity::Note, "a", loc("a.yaml", 1, 9, 1, 12, "Name: \xC3\xA9 xyz")),
      // An end before the start is dropped instead of producing an invalid region.
      finding("INP003", Severity::Note, "b", loc("a.yaml", 5, 4, 5, 2, "abcdef")),
      finding("INP003", Severity::Note, "c", loc("a.yaml", 6, 0, 0, 0, "abcdef"))};
  json log = parsed(f, run);
  const json& results = log["runs"][0]["results"];
  const json& r0 = results[0]["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(r0["startColumn"], 8);
  EXPECT_EQ(r0["endColumn"], 11);
  const json& r1 = results[1]["locations"][0]["physicalLocation"]["region"];
  EXPECT_FALSE(r1.contains("endLine"));
  EXPECT_FALSE(r1.contains("endColumn"));
  const json& r2 = results[2]["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(r2["startLine"], 6);
  EXPECT_FALSE(r2.contains("startColumn"));
}

TEST(SarifReport, UrisArePercentEncoded) {
  RunSummary run;
  run.filesAnalysed = {"my stacks/app#1.yaml"};
  std::vector<Finding> f{finding("INP002", Severity::Error, "m", loc("my stacks/app#1.yaml", 1, 1, 1, 2, "x")),
                         finding("INP002", Severity::Error, "m", loc("./c:d.yaml", 1, 1, 1, 2, "x"))};
  json log = parsed(f, run);
  const json& results = log["runs"][0]["results"];
  EXPECT_EQ(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "my%20stacks/app%231.yaml");
  EXPECT_EQ(results[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "c%3Ad.yaml");
}

TEST(SarifReport, UnknownRuleIdsGetADescriptor) {
  RunSummary run;
  std::vector<Finding> f{finding("ZZZ999", Severity::Warning, "m", loc("a.yaml", 1, 1, 1, 2, "x"))};
  json log = parsed(f, run);
  const json& rules = log["runs"][0]["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), allMeta().size() + 1);
  size_t index = log["runs"][0]["results"][0]["ruleIndex"];
  EXPECT_EQ(index, allMeta().size());
  EXPECT_EQ(rules[index]["id"], "ZZZ999");
  EXPECT_TRUE(rules[index].contains("shortDescription"));
  EXPECT_TRUE(rules[index].contains("fullDescription"));
  EXPECT_TRUE(rules[index]["help"].contains("text"));
}

TEST(SarifReport, NoFingerprintNoPartialFingerprints) {
  RunSummary run;
  std::vector<Finding> f{finding("INP002", Severity::Error, "m", loc("a.yaml", 1, 1, 1, 2, "x"))};
  json log = parsed(f, run);
  EXPECT_FALSE(log["runs"][0]["results"][0].contains("partialFingerprints"));
}

TEST(SarifReport, Deterministic) {
  auto s = sample();
  EXPECT_EQ(rtest::sarif(s.findings, s.run), rtest::sarif(s.findings, s.run));
  EXPECT_EQ(rtest::sarif(s.findings, s.run).find("startTimeUtc"), std::string::npos);
}

// --- the SARIF Multitool's verdict ------------------------------------------------------------

std::string shellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::string readFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(SarifReport, MultitoolFindsNoErrorsOrWarnings) {
  const std::string tool = LAMBDALINT_SARIF_MULTITOOL;
  if (tool.empty() && std::getenv("CI"))
    FAIL() << "the SARIF Multitool is required in CI (scripts/setup --with-test-tools)";
  if (tool.empty())
    GTEST_SKIP() << "LAMBDALINT_SARIF_MULTITOOL is empty: install the SARIF Multitool with "
                    "`cd tools/sarif && npm ci` and reconfigure to validate the SARIF output";
  ASSERT_TRUE(std::filesystem::exists(tool))
      << "LAMBDALINT_SARIF_MULTITOOL names a missing file: " << tool
      << " (run `cd tools/sarif && npm ci`, then chmod +x the Sarif.Multitool binary)";

  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("lambdalint-sarif-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path sarifFile = dir / "report.sarif";
  fs::path logFile = dir / "validation.sarif-log";
  fs::path console = dir / "console.txt";
  fs::remove(logFile);

  // Everything the reporter can emit: related locations, fixes (deletion and insertion), a
  // notification, a whole-file finding, and a path that needs percent-encoding.
  auto s = sample();
  s.findings.insert(s.findings.begin(),
                    finding("INP001", Severity::Error, "The file is binary.", loc("bin ary.yaml", 0, 0, 0, 0, "")));
  s.run.notifications.insert(s.run.notifications.begin(), {"bin ary.yaml", "The file is binary."});
  // A related location without a line, and a rule id the catalog does not know.
  s.findings.back().related.push_back(loc("other.yaml", 0, 0, 0, 0, "", "Referenced from here."));
  s.findings.push_back(finding("ZZZ999", Severity::Warning, "Unknown rule.", loc("zzz.yaml", 2, 1, 2, 4, "abc")));
  {
    std::ofstream out(sarifFile, std::ios::binary);
    writeSarif(out, s.findings, s.run);
  }

  std::string cmd = "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 " + shellQuote(tool) +
                    " validate --rule-kind \"Sarif;Gh\" --level \"Error;Warning\" --log \"ForceOverwrite;PrettyPrint\""
                    " --output " + shellQuote(logFile.string()) + " " + shellQuote(sarifFile.string()) + " > " +
                    shellQuote(console.string()) + " 2>&1";
  int rc = std::system(cmd.c_str());
  std::string consoleText = readFile(console);
  ASSERT_TRUE(fs::exists(logFile)) << "the Multitool wrote no log:\n" << consoleText;

  json validation = json::parse(readFile(logFile));
  ASSERT_EQ(validation["runs"].size(), 1u);
  const json& run = validation["runs"][0];
  // The Multitool reports problems it had reading the file as notifications, not results.
  for (const json& inv : run.value("invocations", json::array())) {
    EXPECT_TRUE(inv.value("executionSuccessful", false)) << consoleText;
    for (const json& n : inv.value("toolExecutionNotifications", json::array()))
      ADD_FAILURE() << "Multitool notification: " << n.dump();
  }
  const json results = run.value("results", json::array());
  for (const json& r : results)
    ADD_FAILURE() << r.value("ruleId", "?") << " " << r.value("level", "warning") << ": "
                  << r["message"].dump();
  EXPECT_EQ(results.size(), 0u) << consoleText;
  EXPECT_EQ(rc, 0) << "the Multitool exited with " << rc << ":\n" << consoleText;
  if (!HasFailure()) fs::remove_all(dir);
}

}  // namespace
}  // namespace lambdalint::report

// Hostile and unusual inputs (issue #9): each has a defined outcome and a bound on time. The
// bounds are correctness bounds (nothing explodes), generous enough for a Debug build under
// ASan+UBSan on a busy 2-core machine, not benchmarks. Big inputs are generated at run time.
//
// Covered elsewhere, not repeated here: billion-laughs aliases and 100,000-deep nesting
// (tests/document/parser_test.cpp), a directory symlink loop (tests/cli/cli_test.cpp).
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "lambdalint/engine/analyze.hpp"
#include "support/run_command.hpp"

namespace fs = std::filesystem;
using lambdalint::testing::makeTempDir;
using lambdalint::testing::readFile;
using lambdalint::testing::runLambdalint;

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kBound = std::chrono::seconds(30);

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

struct Found {
  std::string rule;
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
};

std::vector<Found> findingsOf(const std::string& jsonText) {
  std::vector<Found> out;
  auto j = nlohmann::json::parse(jsonText);
  for (const auto& f : j["findings"])
    out.push_back(Found{f["ruleId"], f["location"]["file"], f["location"]["startLine"],
                        f["location"]["startColumn"], f["message"]});
  return out;
}

const std::string kFunctionTemplate =
    "AWSTemplateFormatVersion: \"2010-09-09\"\n"
    "Transform: AWS::Serverless-2016-10-31\n"
    "Resources:\n"
    "  Api:\n"
    "    Type: AWS::Serverless::Function\n"
    "    Properties:\n"
    "      Runtime: python3.12\n"
    "      Handler: app.handler\n"
    "      Timeout: 60\n"  // REL003 at 9:16 (with an API event)
    "      Events:\n"
    "        Get:\n"
    "          Type: Api\n"
    "          Properties: {Path: /orders, Method: get}\n";

// --- size ----------------------------------------------------------------------------------

// A 200 MB single-line file is above the default --max-file-size (50 MiB): it is not read,
// only its size is looked at, and the run reports INP001 and fails.
// With the limit raised, a 200 MB line takes about 100 s and 1 GB in a Debug build (yaml-cpp
// scans the scalar character by character): too slow for this suite, so the raised-limit
// case is checked with a 4 MB line, which must be analysed within the bound. Time limits per
// file are issue #9's --file-timeout (not there yet).
TEST(HostileInputs, TwoHundredMegabyteSingleLineIsRefusedBySize) {
  fs::path dir = makeTempDir();
  fs::path big = dir / "template.yaml";
  {
    std::ofstream out(big, std::ios::binary);
    out << "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"Q\": {\"Type\": "
           "\"AWS::SQS::Queue\", \"Properties\": {\"QueueName\": \"";
    std::string chunk(1 << 20, 'x');
    for (int i = 0; i < 200; ++i) out << chunk;
    out << "\"}}}}";
  }
  ASSERT_GT(fs::file_size(big), 200u * 1024 * 1024);
  auto start = Clock::now();
  auto r = runLambdalint({"--format", "json", "--root", dir.string(), big.string()});
  auto elapsed = Clock::now() - start;
  fs::remove(big);
  EXPECT_EQ(r.exitCode, 1) << r.err;
  auto found = findingsOf(r.out);
  ASSERT_EQ(found.size(), 1u) << r.out;
  EXPECT_EQ(found[0].rule, "INP001");
  EXPECT_EQ(found[0].file, "template.yaml");
  EXPECT_NE(found[0].message.find("above the limit of 52428800 bytes"), std::string::npos)
      << found[0].message;
  EXPECT_LT(elapsed, kBound) << seconds(elapsed) << " s";

  // Found by the directory walk (not named), it is still reported: it mentions AWS:: early.
  fs::path walked = dir / "walk/template.yaml";
  write(walked, "AWSTemplateFormatVersion: \"2010-09-09\"\n# " + std::string(3000, 'x') + "\n");
  auto small = runLambdalint({"--format", "json", "--max-file-size", "1000", "--root",
                              dir.string(), (dir / "walk").string()});
  EXPECT_EQ(small.exitCode, 1) << small.err;
  auto smallFound = findingsOf(small.out);
  ASSERT_EQ(smallFound.size(), 1u) << small.out;
  EXPECT_EQ(smallFound[0].rule, "INP001");
  EXPECT_EQ(smallFound[0].file, "walk/template.yaml");
}

TEST(HostileInputs, FourMegabyteSingleLineIsAnalysedWithARaisedLimit) {
  fs::path dir = makeTempDir();
  std::string text =
      "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"Q\": {\"Type\": "
      "\"AWS::SQS::Queue\", \"Properties\": {\"RedriveAllowPolicy\": {\"redrivePermission\": "
      "\"allowAll\"}, \"QueueName\": \"" +  // a dead-letter queue: no rule has anything to say
      std::string(4u << 20, 'x') + "\"}}}}";
  write(dir / "template.yaml", text);
  auto start = Clock::now();
  auto r = runLambdalint({"--format", "json", "--max-file-size", "10000000", "--root",
                          dir.string(), (dir / "template.yaml").string()});
  auto elapsed = Clock::now() - start;
  EXPECT_EQ(r.exitCode, 0) << r.err << r.out.substr(0, 2000);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["summary"]["filesAnalysed"], 1);
  EXPECT_TRUE(j["findings"].empty()) << r.out.substr(0, 2000);
  EXPECT_LT(elapsed, kBound) << seconds(elapsed) << " s";
}

// --- bytes that are not text -----------------------------------------------------------------

// Found by the walk: a binary or non-UTF-8 file that looks like a template is INP001 at the
// first bad byte; one that does not (random bytes) is not a candidate and is skipped quietly.
TEST(HostileInputs, BinaryAndInvalidUtf8FilesFoundByTheWalk) {
  fs::path dir = makeTempDir();
  write(dir / "binary.yaml", "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n"
                             "  Q:\n    Type: AWS::SQS::Queue" + std::string("\0\x01\x02\n", 4));
  write(dir / "latin1.yaml", "AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: caf\xe9\n"
                             "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n");
  write(dir / "truncated.yml", "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    X: \xF0\x9F\x9A\n");
  std::string noise;
  uint32_t state = 12345;
  for (int i = 0; i < 65536; ++i) {
    state = state * 1103515245u + 12345u;
    noise += static_cast<char>(state >> 24);
  }
  write(dir / "random.yaml", noise);
  write(dir / "random.json", noise);
  write(dir / "utf16.yaml", std::string("\xFF\xFE" "R\0e\0s\0o\0u\0r\0c\0e\0s\0:\0\n\0", 24));

  auto start = Clock::now();
  auto r = runLambdalint({"--format", "json", "--root", dir.string(), dir.string()});
  EXPECT_LT(Clock::now() - start, kBound);
  EXPECT_EQ(r.exitCode, 1) << r.err;
  std::map<std::string, Found> byFile;
  for (const Found& f : findingsOf(r.out)) {
    EXPECT_EQ(f.rule, "INP001") << f.file << ": " << f.message;
    byFile[f.file] = f;
  }
  ASSERT_TRUE(byFile.count("binary.yaml")) << r.out;
  EXPECT_EQ(byFile["binary.yaml"].line, 4);
  EXPECT_NE(byFile["binary.yaml"].message.find("binary file"), std::string::npos);
  ASSERT_TRUE(byFile.count("latin1.yaml")) << r.out;
  EXPECT_EQ(byFile["latin1.yaml"].line, 2);
  EXPECT_NE(byFile["latin1.yaml"].message.find("invalid UTF-8"), std::string::npos);
  ASSERT_TRUE(byFile.count("truncated.yml")) << r.out;
  EXPECT_EQ(byFile["truncated.yml"].line, 4);
  EXPECT_FALSE(byFile.count("random.yaml")) << byFile["random.yaml"].message;
  EXPECT_FALSE(byFile.count("random.json")) << byFile["random.json"].message;
  EXPECT_FALSE(byFile.count("utf16.yaml"));

  // Named on the command line, the same random bytes are an INP001 finding, not a crash.
  auto named = runLambdalint({"--format", "json", "--root", dir.string(),
                              (dir / "random.yaml").string()});
  EXPECT_EQ(named.exitCode, 1) << named.err;
  auto namedFound = findingsOf(named.out);
  ASSERT_EQ(namedFound.size(), 1u) << named.out;
  EXPECT_EQ(namedFound[0].rule, "INP001");
}

// Found by fuzz/fuzz_serverless: on these 3 bytes yaml-cpp 0.7 emits null events without end;
// the parser stops it at once instead of at the 5,000,000-node limit (6 s and 800 MB before).
TEST(HostileInputs, YamlCppEndlessEventsStopQuickly) {
  auto start = Clock::now();
  lambdalint::AnalysisResult r = lambdalint::analyzeText("serverless.yml", ",\x16.");
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(5));
  std::vector<lambdalint::Finding> found = r.findings.all();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].ruleId, "INP001");
  EXPECT_NE(found[0].message.find("not making progress"), std::string::npos)
      << found[0].message;
}

// --- size in resources -------------------------------------------------------------------------

// Half functions without a timeout (REL001 each), half their roles: every function has its own
// role and its own finding, the shape that exposes quadratic grouping or lookups.
std::string manyResources(int n) {
  std::string t = "AWSTemplateFormatVersion: \"2010-09-09\"\n"
                  "Transform: AWS::Serverless-2016-10-31\nResources:\n";
  for (int i = 0; i < n; i += 2) {
    std::string id = std::to_string(i);
    t += "  Fn" + id + ":\n    Type: AWS::Serverless::Function\n    Properties:\n"
         "      Runtime: python3.12\n      Handler: app.h" + id + "\n      CodeUri: src/\n"
         "      Role: !GetAtt Role" + id + ".Arn\n";
    t += "  Role" + id + ":\n    Type: AWS::IAM::Role\n    Properties:\n"
         "      AssumeRolePolicyDocument: {}\n"
         "      Policies: [{PolicyName: p, PolicyDocument: {Statement: [{Effect: Allow, "
         "Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/" + id + "'}]}}]\n";
  }
  return t;
}

// No pass over resources is quadratic: ten times the resources cost about ten times the work.
// Measured in process CPU time, which other load on the machine (or a sanitizer build's
// slowness, the same for both runs) does not skew the way wall time does; the absolute speed
// is the benchmarks' business (scripts/bench), not this test's.
TEST(HostileInputs, FiftyThousandResourcesScaleLinearly) {
  auto cpuOf = [](int n, size_t& functions, size_t& findings) {
    std::string text = manyResources(n);
    std::clock_t start = std::clock();
    lambdalint::AnalysisResult r = lambdalint::analyzeText("template.yaml", std::move(text));
    double cpu = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    functions = r.functionCount;
    findings = r.findings.size();
    return cpu;
  };
  size_t fSmall = 0, nSmall = 0, fBig = 0, nBig = 0;
  double small = cpuOf(5000, fSmall, nSmall);
  double big = cpuOf(50000, fBig, nBig);
  EXPECT_EQ(fSmall, 2500u);
  EXPECT_EQ(fBig, 25000u);
  EXPECT_EQ(nBig, nSmall * 10) << "one REL001 per function";
  // Linear would be 10x; quadratic 100x. Small runs are noisy, so floor the small time.
  double ratio = big / std::max(small, 0.05);
  EXPECT_LT(ratio, 30.0) << "5,000 resources: " << small << " s CPU, 50,000: " << big << " s CPU";
}

// --- paths that leave the project ----------------------------------------------------------------

// CodeUri outside the scanned root (`../../etc`, an absolute path, a symlink to a folder
// outside): the handler is not read (handler status `outside-root`), and nothing from the
// outside file shows up (it holds a hard-coded credential CODE003 would report).
TEST(HostileInputs, CodeUriThatEscapesTheRootIsNotRead) {
  fs::path base = makeTempDir();
  fs::path outside = base / "outside";
  write(outside / "app.py",
        "KEY = 'AKIAZ7QWERTY12345678'\n\ndef handler(event, context):\n    return KEY\n");
  fs::path root = base / "project/svc";
  fs::create_directories(root);
  fs::create_directory_symlink(outside, root / "linked");
  std::string fn = "    Type: AWS::Serverless::Function\n    Properties:\n"
                   "      Runtime: python3.12\n      Handler: app.handler\n      Timeout: 10\n";
  write(root / "template.yaml",
        "AWSTemplateFormatVersion: \"2010-09-09\"\nTransform: AWS::Serverless-2016-10-31\n"
        "Resources:\n"
        "  Up:\n" + fn + "      CodeUri: ../../outside\n"
        "  Abs:\n" + fn + "      CodeUri: " + outside.string() + "\n"
        "  Etc:\n" + fn + "      CodeUri: ../../../../../../../../etc\n"
        "  Link:\n" + fn + "      CodeUri: linked/\n");
  auto r = runLambdalint({"--format", "json", "--root", root.string(), root.string()});
  ASSERT_NE(r.exitCode, 2) << r.err;
  ASSERT_NE(r.exitCode, 3) << r.err;
  auto j = nlohmann::json::parse(r.out);
  std::map<std::string, std::string> status;
  for (const auto& f : j["functions"]) status[f["id"]] = f["handlerStatus"];
  EXPECT_EQ(status["Up"], "outside-root");
  EXPECT_EQ(status["Abs"], "outside-root");
  EXPECT_EQ(status["Etc"], "outside-root");
  EXPECT_EQ(status["Link"], "outside-root");
  EXPECT_EQ(r.out.find("AKIAZ7QWERTY"), std::string::npos);
  for (const Found& f : findingsOf(r.out)) EXPECT_NE(f.rule, "CODE003") << f.message;
}

// --- line endings, byte order marks, tabs ------------------------------------------------------------

TEST(HostileInputs, CrLfBomAndTabsKeepPositionsAndExplainTabs) {
  fs::path dir = makeTempDir();
  std::string crlf;
  for (char c : kFunctionTemplate) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  write(dir / "crlf.yaml", crlf);
  write(dir / "bom.yaml", "\xEF\xBB\xBF" + kFunctionTemplate);
  write(dir / "bom-crlf.yaml", "\xEF\xBB\xBF" + crlf);
  // A tab inside a value and after a value is fine; a tab in indentation is not YAML.
  std::string tabbed = kFunctionTemplate;
  tabbed.replace(tabbed.find("Runtime: python3.12"), 19, "Runtime:\tpython3.12\t");
  write(dir / "tab-in-value.yaml", tabbed);
  std::string tabIndent = kFunctionTemplate;
  tabIndent.replace(tabIndent.find("      Timeout"), 6, "\t");
  write(dir / "tab-indent.yaml", tabIndent);

  // Positions are what is tested: REL003 and the input rules only.
  auto r = runLambdalint({"--format", "json", "--disable", "*", "--enable", "input,REL003",
                          "--root", dir.string(), dir.string()});
  EXPECT_EQ(r.exitCode, 1) << r.err;
  std::map<std::string, std::vector<Found>> byFile;
  for (const Found& f : findingsOf(r.out)) byFile[f.file].push_back(f);
  for (const char* file : {"crlf.yaml", "bom.yaml", "bom-crlf.yaml", "tab-in-value.yaml"}) {
    ASSERT_EQ(byFile[file].size(), 1u) << file << "\n" << r.out;
    EXPECT_EQ(byFile[file][0].rule, "REL003") << file;
    EXPECT_EQ(byFile[file][0].line, 9) << file;
    EXPECT_EQ(byFile[file][0].column, 16) << file;
  }
  ASSERT_EQ(byFile["tab-indent.yaml"].size(), 1u) << r.out;
  EXPECT_EQ(byFile["tab-indent.yaml"][0].rule, "INP001");
  EXPECT_NE(byFile["tab-indent.yaml"][0].message.find("tab character"), std::string::npos)
      << byFile["tab-indent.yaml"][0].message;

  // The text report's snippet has no stray carriage return.
  auto text = runLambdalint({"--root", dir.string(), (dir / "crlf.yaml").string()});
  EXPECT_EQ(text.out.find('\r'), std::string::npos);
  EXPECT_NE(text.out.find("crlf.yaml:9:16: warning"), std::string::npos) << text.out;
}

// --- secrets never leave in full -----------------------------------------------------------------

TEST(HostileInputs, SecretsAreMaskedInEveryFormat) {
  const std::string accessKey = "AKIAZ7QWERTY12345678";
  const std::string keyBody =
      "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0";
  fs::path dir = makeTempDir();
  write(dir / "template.yaml",
        "AWSTemplateFormatVersion: \"2010-09-09\"\nTransform: AWS::Serverless-2016-10-31\n"
        "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n"
        "      Runtime: python3.12\n      Handler: app.handler\n      Timeout: 30\n"
        "      Environment:\n        Variables:\n"
        "          AWS_ACCESS_KEY_ID: " + accessKey + "\n"
        "          SIGNING_KEY: \"-----BEGIN RSA PRIVATE KEY-----\\n" + keyBody +
        "\\n-----END RSA PRIVATE KEY-----\"\n"
        "          BLOCK_KEY: |\n            -----BEGIN PRIVATE KEY-----\n            " +
        keyBody + "\n            -----END PRIVATE KEY-----\n");
  for (const char* format : {"text", "json", "sarif", "junit", "github"}) {
    auto r = runLambdalint({"--format", format, "--root", dir.string(),
                            (dir / "template.yaml").string()});
    EXPECT_EQ(r.exitCode, 1) << format << ": " << r.err;
    EXPECT_NE(r.out.find("SEC003"), std::string::npos) << format;
    EXPECT_EQ(r.out.find(accessKey), std::string::npos) << format << ":\n" << r.out;
    EXPECT_EQ(r.out.find(keyBody.substr(0, 24)), std::string::npos) << format << ":\n" << r.out;
    EXPECT_EQ(r.err.find(accessKey), std::string::npos) << format;
  }
}

// --- read only ---------------------------------------------------------------------------------

// lambdalint never writes into the tree it scans. Tests run as root, where `chmod a-w` does
// not stop writes, so the tree's files and their modification times are compared instead.
TEST(HostileInputs, NeverWritesIntoAReadOnlyTree) {
  fs::path dir = fs::path(makeTempDir()) / "rules";
  fs::copy(fs::path(LAMBDALINT_SOURCE_DIR) / "testdata/rules", dir,
           fs::copy_options::recursive | fs::copy_options::copy_symlinks);
  auto snapshot = [&] {
    std::map<std::string, fs::file_time_type> files;
    for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator();
         ++it) {
      std::error_code ec;
      files[it->path().string()] = fs::symlink_status(it->path()).type() == fs::file_type::symlink
                                       ? fs::file_time_type{}
                                       : fs::last_write_time(it->path(), ec);
    }
    return files;
  };
  lambdalint::testing::runCommand("chmod -R a-w '" + dir.string() + "'");
  auto before = snapshot();
  ASSERT_GT(before.size(), 20u);
  for (const char* format : {"text", "json", "sarif", "junit", "github"}) {
    auto r = runLambdalint({"--format", format, "--root", dir.string(), dir.string()});
    EXPECT_EQ(r.exitCode, 1) << format << ": " << r.err;  // the fixtures have findings
    EXPECT_FALSE(r.out.empty()) << format;
  }
  auto after = snapshot();
  lambdalint::testing::runCommand("chmod -R u+w '" + dir.string() + "'");
  EXPECT_EQ(before.size(), after.size());
  for (const auto& [path, time] : after) {
    auto it = before.find(path);
    EXPECT_TRUE(it != before.end()) << "new file: " << path;
    if (it != before.end()) {
      EXPECT_TRUE(it->second == time) << "modified: " << path;
    }
  }
}

}  // namespace

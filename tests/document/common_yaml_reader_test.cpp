// Our own YAML reader against libfyaml's: wherever it accepts a text, both must build the same
// document (nodes, positions, texts, tags, issues); what it cannot read exactly it declines.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "document/yaml_readers.hpp"
#include "support/document_dump.hpp"

using namespace lambdalint;
using namespace lambdalint::doc;
namespace fs = std::filesystem;

namespace {

std::shared_ptr<SourceFile> source(std::string text, std::string path = "t.yaml") {
  return std::make_shared<SourceFile>(std::move(path), std::move(text));
}

// Both readers' dumps; the common reader's is empty when it declined.
struct Both {
  std::string common, library;
  bool libraryRead;
};

Both readBoth(const std::shared_ptr<SourceFile>& file) {
  auto common = parseWithReader(file, YamlReader::Common);
  auto library = parseWithReader(file, YamlReader::Libfyaml);
  return Both{common ? test_support::dumpDocument(*common) : "",
              library ? test_support::dumpDocument(*library) : "", library != nullptr};
}

// The first line where two dumps differ, to keep a failure's message short.
std::string firstDifference(const std::string& a, const std::string& b) {
  std::istringstream x(a), y(b);
  std::string l, r;
  for (int n = 1;; ++n) {
    bool more = static_cast<bool>(std::getline(x, l)), other = static_cast<bool>(std::getline(y, r));
    if (!more && !other) return "";
    if (l != r || more != other)
      return "dump line " + std::to_string(n) + ":\n  ours:    " + l + "\n  libfyaml: " + r;
  }
}

// Texts within the subset: each must be accepted and read exactly as libfyaml reads it.
const char* const kAccepted[] = {
    "a: 1\nb: two\n",
    "---\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n",
    "# comment\n\nA: 1 # trailing\n\n# between\nB:\n  - x\n  - y\n",
    "Key:\n- a\n- b\nNext: 1\n",
    "Items:\n  - Name: a\n    Value: 1\n  - Name: b\n    Value: 2\n",
    "L:\n  - - a\n    - b\n  - c\n",
    "R: !Ref Bucket\nG: !GetAtt Fn.Arn\nS: !Sub '${AWS::StackName}-x'\n",
    "I: !If\n  - Cond\n  - a\n  - b\nJ: !Join ['', [a, !Ref B]]\n",
    "T: !Sub |\n  line ${X}\n  second\nU: x\n",
    "Lit: |\n  one\n\n  two\n    indented\nFold: >\n  a\n  b\n\n  c\nStrip: |-\n  z\n",
    "Empty:\nAlso: ~\nNull: null\nQ: ''\nD: \"\"\n",
    "Str: !!str 123\nN: 12\nB: true\n",
    "Q: \"esc \\\" \\\\ \\n \\t \\u00e9 \\x41\"\nS: 'it''s'\n",
    "Long: \"first\n  second\n\n  third\"\nSingle: 'a\n  b'\n",
    "Plain: first line\n  second line\n\n  third\nNext: 1\n",
    "base: &base\n  a: 1\n  b: 2\nuse:\n  <<: *base\n  b: 3\nalias: *base\n",
    "Flow: {a: 1, b: [x, y], c: {d: e}}\nSeq: [1, 2,\n  3]\n",
    "{\n  \"A\": {\"B\": [1, 2.5, \"x\", true, null]},\n  \"C\": \"d\"\n}\n",
    "{\"a\":1,\"b\":{\"c\":[]},\"d\":{}}",
    "dup: 1\ndup: 2\n",
    "X: !Reff a\n",
    "\"quoted key\": v\n'single': w\nFn::Sub: x\narn:aws:x: y\n",
    "a: b\r\nc:\r\n  - d\r\n",
    "url: http://example.com/a#b\nneg: -1\ndash: -x\n",
    "deep:\n  a:\n    b:\n      c: 1\n    d: 2\ne: 3\n",
    "k: v\n...\n",
    "- a\n- b: c\n  d: e\n- [f]\n",
    "m: !If [C, {a: 1}, !Ref AWS::NoValue]\n",
    "unicode: \"caf\\u00e9 ✓\"\nplain: naïve\n",
    "'quoted key':\nnext: 1\n",  // an empty value after a quoted key (found by fuzzing)
    "a: >\n  x\n   \n  y\n",
};

TEST(CommonYamlReader, ReadsTheSubsetExactlyAsLibfyamlDoes) {
  for (const char* text : kAccepted) {
    SCOPED_TRACE(text);
    Both both = readBoth(source(text));
    ASSERT_TRUE(both.libraryRead);
    ASSERT_FALSE(both.common.empty()) << "declined";
    EXPECT_EQ(firstDifference(both.common, both.library), "");
  }
}

// Invalid YAML and constructs outside the subset: declined, so libfyaml reads them (and
// reports the errors).
const char* const kDeclined[] = {
    "a: b: c\n",                 // a mapping value inside a plain scalar
    "a:\n  - x\n  b: y\n",       // a key after a sequence at the sequence's indentation
    "a: 1\n  b: 2\n",            // deeper indentation without a parent
    "? complex\n: key\n",        // explicit keys
    "a:\tb\n",                   // tabs
    "%YAML 1.1\n---\na: 1\n",    // directives
    "a: 1\n---\nb: 2\n",         // a second document
    "a: \"unterminated\n",       // a quoted scalar without its end
    "a: [1, 2\n",                // a flow collection without its end
    "a: |2\n  x\n",              // an explicit indentation indicator
    "just a scalar\n",           // a scalar document
    "a: *\n",                    // an alias without a name
    "a: 'x' trailing\n",         // text after a quoted scalar
    "a: b\rc: d\n",              // a lone CR
    "",                          // no document
    "a: 'x\ay'\n",               // a control character (libfyaml drops text after it)
    "a: \"x\xC2\x85y\"\n",         // NEL: a line break to YAML 1.1
    "a: >\n  x\n   ",             // spaces ending the file inside a block scalar
    "a: 'it''s\n  folded'\n",     // `''` in a folded single-quoted scalar: libfyaml misreads it
    "a: >\n x\n\n  y\n",           // a blank line before a more indented line, folded
    "a: '''x'''\n",               // `''` right after the opening quote: libfyaml misreads it
    "... a: b\n",                 // a document end marker before any document
    "a: [!Ref :x]\n",             // `:` starting a flow scalar: libfyaml may take it as a value
};

TEST(CommonYamlReader, DeclinesWhatItDoesNotReadExactly) {
  for (const char* text : kDeclined) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parseWithReader(source(text), YamlReader::Common), nullptr);
  }
}

// The reader looks at eight bytes at a time for characters YAML does not allow: each is
// found wherever it falls in those eight.
TEST(CommonYamlReader, DeclinesAControlCharacterAtAnyByteOfAWord) {
  for (std::string bad : {"\x01", "\x1f", "\x7f", "\xC2\x85", "\xEF\xBB\xBF"}) {
    for (size_t at = 0; at < 24; ++at) {
      std::string text = "key: " + std::string(24, 'v') + "\n";
      text.insert(5 + at, bad);
      SCOPED_TRACE(testing::Message() << "byte " << at << " of " << text);
      EXPECT_EQ(parseWithReader(source(text), YamlReader::Common), nullptr);
    }
  }
  EXPECT_NE(parseWithReader(source("key: " + std::string(24, 'v') + "\n"), YamlReader::Common),
            nullptr);
}

TEST(CommonYamlReader, ParseDocumentStillReportsErrorsThroughLibfyaml) {
  auto doc = parseDocument(source("a: b: c\n"));
  ASSERT_TRUE(doc->failed());
  ASSERT_FALSE(doc->issues().empty());
  EXPECT_EQ(doc->issues().front().ruleId, "INP001");
  EXPECT_EQ(doc->issues().front().range.begin.line, 1u);
}

// Every YAML and JSON file of the repository's fixtures and examples and of the shared
// corpus (when present): the same document from both readers wherever ours accepts one.
std::vector<fs::path> templateFiles(const fs::path& root) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return files;
  for (auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (!it->is_regular_file(ec) || it->file_size(ec) > 4'000'000) continue;
    std::string ext = it->path().extension().string();
    if (ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".template")
      files.push_back(it->path());
  }
  return files;
}

std::string withoutQuoted(std::string dump) {
  for (size_t at; (at = dump.find(" quoted")) != std::string::npos;) dump.erase(at, 7);
  return dump;
}

struct Tally {
  size_t files = 0, accepted = 0;
};

Tally compareAll(const fs::path& root) {
  Tally tally;
  for (const fs::path& path : templateFiles(root)) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto file = source(text.str(), path.string());
    auto common = parseWithReader(file, YamlReader::Common);
    ++tally.files;
    if (!common) continue;
    ++tally.accepted;
    auto library = parseWithReader(file, YamlReader::Libfyaml);
    if (!library) {
      // libfyaml 0.7 wrongly rejects a few valid texts (a tag alone on its line before a
      // block scalar); yaml-cpp reads them, though without telling quoted scalars apart.
      auto yamlCpp = parseWithReader(file, YamlReader::YamlCpp);
      EXPECT_TRUE(yamlCpp) << path << ": accepted, but both libraries report an error";
      if (yamlCpp) {
        EXPECT_EQ(firstDifference(withoutQuoted(test_support::dumpDocument(*common)),
                                  withoutQuoted(test_support::dumpDocument(*yamlCpp))),
                  "")
            << path;
      }
    } else {
      EXPECT_EQ(firstDifference(test_support::dumpDocument(*common),
                                test_support::dumpDocument(*library)),
                "")
          << path;
    }
  }
  return tally;
}

TEST(CommonYamlReader, AgreesWithLibfyamlOnTheRepositoryFixtures) {
  Tally tally = compareAll(fs::path(LAMBDALINT_SOURCE_DIR) / "testdata");
  Tally examples = compareAll(fs::path(LAMBDALINT_SOURCE_DIR) / "examples");
  EXPECT_GT(tally.files, 100u);
  // Most fixtures are ordinary templates: the fast path must be the usual one.
  EXPECT_GT(tally.accepted * 10, tally.files * 7) << tally.accepted << " of " << tally.files;
  EXPECT_GT(examples.accepted, 0u);
}

TEST(CommonYamlReader, AgreesWithLibfyamlOnTheSharedCorpus) {
  fs::path corpus = fs::path(LAMBDALINT_SOURCE_DIR).parent_path() / "shared" / "corpus";
  if (!fs::is_directory(corpus)) GTEST_SKIP() << "no " << corpus;
  Tally tally = compareAll(corpus);
  std::cout << "common reader accepted " << tally.accepted << " of " << tally.files << " files\n";
  EXPECT_GT(tally.accepted * 10, tally.files * 8) << tally.accepted << " of " << tally.files;
}

}  // namespace

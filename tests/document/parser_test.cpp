// The positioned document model: positions, tags, aliases, duplicate keys, broken input.
#include <gtest/gtest.h>

#include <chrono>

#include "lambdalint/document/parse.hpp"

using namespace lambdalint;
using namespace lambdalint::doc;

namespace {

std::unique_ptr<Document> parse(std::string text, std::string path = "t.yaml") {
  return parseDocument(std::make_shared<SourceFile>(std::move(path), std::move(text)));
}

Position pos(uint32_t line, uint32_t column) { return Position{line, column}; }

const Node* at(const Node* n, std::initializer_list<std::string_view> keys) {
  for (auto k : keys) n = n ? n->get(k) : nullptr;
  return n;
}

TEST(Parser, KeysAndValuesCarryOneBasedPositions) {
  auto doc = parse("Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n"
                   "      Timeout: 30\n      Handler: \"app.handler\"\n");
  ASSERT_FALSE(doc->failed());
  const Node* fn = at(doc->root(), {"Resources"});
  ASSERT_TRUE(fn);
  const Entry* e = fn->findEntry("Fn");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->key->range.begin, pos(2, 3));
  const Node* timeout = at(doc->root(), {"Resources", "Fn", "Properties", "Timeout"});
  ASSERT_TRUE(timeout);
  EXPECT_EQ(timeout->range.begin, pos(5, 16));
  EXPECT_EQ(timeout->range.end, pos(5, 18));
  EXPECT_EQ(timeout->asInt(), 30);
  EXPECT_FALSE(timeout->quoted);
  const Node* handler = at(doc->root(), {"Resources", "Fn", "Properties", "Handler"});
  EXPECT_TRUE(handler->quoted);
  EXPECT_EQ(handler->text, "app.handler");
  EXPECT_EQ(handler->range.begin, pos(6, 16));
  EXPECT_EQ(handler->range.end, pos(6, 29));  // after the closing quote
}

TEST(Parser, ValueRangesSkipTagsAnchorsAndComments) {
  auto doc = parse("A: !Ref Secret  # comment\nB: &x \"q\"  # c\nC: |  # header\n  line one\n\n"
                   "  line two\nD: !GetAtt Fn.Arn\nE: plain  # c\n");
  ASSERT_FALSE(doc->failed());
  const Node* a = at(doc->root(), {"A"});
  EXPECT_EQ(a->range.begin, pos(1, 4));  // the intrinsic starts at its tag
  EXPECT_EQ(a->range.end, pos(1, 15));   // and ends with its value, not the comment
  EXPECT_EQ(a->get("Ref")->range.begin, pos(1, 9));
  const Node* b = at(doc->root(), {"B"});
  EXPECT_EQ(b->range.begin, pos(2, 7));
  EXPECT_EQ(b->range.end, pos(2, 10));
  const Node* c = at(doc->root(), {"C"});
  EXPECT_EQ(c->range.begin, pos(3, 4));
  EXPECT_EQ(c->range.end, pos(6, 11));  // the block's last content line
  const Node* d = at(doc->root(), {"D", "Fn::GetAtt"});
  EXPECT_EQ(d->items[0]->range.begin, pos(7, 12));
  EXPECT_EQ(d->items[1]->range.begin, pos(7, 15));
  EXPECT_EQ(at(doc->root(), {"E"})->range.end, pos(8, 9));
}

TEST(Parser, CrLfAndByteOrderMarkDoNotShiftPositions) {
  auto doc = parse("A: 1\r\nB:\r\n  C: two\r\n");
  ASSERT_FALSE(doc->failed());
  const Node* c = at(doc->root(), {"B", "C"});
  ASSERT_TRUE(c);
  EXPECT_EQ(c->text, "two");
  EXPECT_EQ(c->range.begin, pos(3, 6));
  EXPECT_EQ(c->range.end, pos(3, 9));
  auto bom = parse("\xEF\xBB\xBFResources:\n  X: 1\n");
  ASSERT_FALSE(bom->failed());
  EXPECT_TRUE(at(bom->root(), {"Resources", "X"}));
}

TEST(Parser, ShortFormTagsBecomeLongForm) {
  auto doc = parse("A: !Ref Param\nB: !GetAtt Table.StreamArn\nC: !Sub [\"${X}\", {X: 1}]\n"
                   "D: !GetAtt Db.Endpoint.Address\nE: !If [Cond, !Ref A, !Ref AWS::NoValue]\n"
                   "F: !Condition IsProd\n");
  ASSERT_FALSE(doc->failed());
  const Node* a = at(doc->root(), {"A"});
  ASSERT_TRUE(a->singleEntry());
  EXPECT_EQ(a->singleEntry()->key->text, "Ref");
  EXPECT_EQ(a->singleEntry()->value->text, "Param");
  EXPECT_EQ(a->range.begin, pos(1, 4));  // the wrapper sits where the tag is written

  const Node* b = at(doc->root(), {"B", "Fn::GetAtt"});
  ASSERT_TRUE(b && b->isSeq());
  ASSERT_EQ(b->items.size(), 2u);
  EXPECT_EQ(b->items[0]->text, "Table");
  EXPECT_EQ(b->items[1]->text, "StreamArn");
  EXPECT_EQ(b->items[1]->range.begin.column, b->items[0]->range.begin.column + 6);

  const Node* c = at(doc->root(), {"C", "Fn::Sub"});
  ASSERT_TRUE(c && c->isSeq());
  EXPECT_EQ(c->items.size(), 2u);

  const Node* d = at(doc->root(), {"D", "Fn::GetAtt"});
  ASSERT_EQ(d->items.size(), 2u);
  EXPECT_EQ(d->items[1]->text, "Endpoint.Address");

  const Node* e = at(doc->root(), {"E", "Fn::If"});
  ASSERT_TRUE(e && e->isSeq());
  EXPECT_EQ(e->items[1]->singleEntry()->key->text, "Ref");
  EXPECT_EQ(at(doc->root(), {"F", "Condition"})->text, "IsProd");
  EXPECT_TRUE(doc->issues().empty());
}

TEST(Parser, StandardTagsAreKeptAndUnknownTagsReported) {
  auto doc = parse("A: !!str 42\nB: !Reff X\n");
  ASSERT_FALSE(doc->failed());
  EXPECT_EQ(at(doc->root(), {"A"})->tag, "!!str");
  EXPECT_EQ(at(doc->root(), {"B"})->tag, "!Reff");
  ASSERT_EQ(doc->issues().size(), 1u);
  EXPECT_EQ(doc->issues()[0].ruleId, "INP003");
  EXPECT_EQ(doc->issues()[0].range.begin.line, 2u);
  // A near miss of an intrinsic gets a suggested replacement of the tag's own columns.
  EXPECT_EQ(doc->issues()[0].replacement, "!Ref");
  EXPECT_EQ(doc->issues()[0].range.begin.column, 4u);
  EXPECT_EQ(doc->issues()[0].range.end.column, 9u);
  auto far = parse("A: !Custom X\n");
  ASSERT_EQ(far->issues().size(), 1u);
  EXPECT_FALSE(far->issues()[0].replacement);
}

TEST(Parser, DuplicateKeysAreReportedWithTheFirstOccurrence) {
  auto doc = parse("A: 1\nB: 2\nA: 3\n");
  ASSERT_FALSE(doc->failed());
  ASSERT_EQ(doc->issues().size(), 1u);
  const ParseIssue& issue = doc->issues()[0];
  EXPECT_EQ(issue.ruleId, "INP002");
  EXPECT_EQ(issue.range.begin, pos(3, 1));
  ASSERT_TRUE(issue.related);
  EXPECT_EQ(issue.related->begin, pos(1, 1));
}

TEST(Parser, AliasesAreSharedAndMergeKeysApplied) {
  auto doc = parse("base: &base\n  Runtime: python3.12\n  Timeout: 10\n"
                   "fn:\n  <<: *base\n  Timeout: 30\ncopy: *base\n");
  ASSERT_FALSE(doc->failed());
  EXPECT_EQ(at(doc->root(), {"copy"}), at(doc->root(), {"base"}));  // shared, not copied
  const Node* fn = at(doc->root(), {"fn"});
  EXPECT_EQ(at(fn, {"Runtime"})->text, "python3.12");
  EXPECT_EQ(at(fn, {"Timeout"})->text, "30");  // explicit keys win over merged ones
  EXPECT_FALSE(fn->findEntry("<<"));
  EXPECT_TRUE(doc->issues().empty());
}

TEST(Parser, BillionLaughsStopsQuicklyWithAFinding) {
  std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i < 10; ++i) {
    text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int k = 0; k < 10; ++k) text += (k ? ", *a" : "*a") + std::to_string(i - 1);
    text += "]\n";
  }
  auto start = std::chrono::steady_clock::now();
  auto doc = parse(text);
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(doc->failed());
  ASSERT_FALSE(doc->issues().empty());
  EXPECT_EQ(doc->issues()[0].ruleId, "INP001");
  EXPECT_NE(doc->issues()[0].message.find("expands to more than"), std::string::npos);
  // A correctness bound, not a benchmark: expanding 10^9 nodes would take minutes.
  EXPECT_LT(elapsed, std::chrono::seconds(10));
}

TEST(Parser, DeepNestingIsAFindingNotAStackOverflow) {
  std::string text = "Resources: " + std::string(100000, '[') + std::string(100000, ']') + "\n";
  auto doc = parse(text);
  ASSERT_TRUE(doc->failed());
  EXPECT_NE(doc->issues()[0].message.find("nesting too deep"), std::string::npos);
}

TEST(Parser, BrokenYamlGivesTheParsersPosition) {
  auto doc = parse("Resources:\n  Queue:\n    Type: [a, b\n  Other: 1\n");
  ASSERT_TRUE(doc->failed());
  ASSERT_EQ(doc->issues().size(), 1u);
  EXPECT_EQ(doc->issues()[0].ruleId, "INP001");
  EXPECT_GE(doc->issues()[0].range.begin.line, 3u);
}

TEST(Parser, TabIndentationIsExplained) {
  auto doc = parse("Resources:\n  Queue:\n\tType: x\n");
  ASSERT_TRUE(doc->failed());
  EXPECT_NE(doc->issues()[0].message.find("tab character"), std::string::npos)
      << doc->issues()[0].message;
}

TEST(Parser, BinaryAndInvalidUtf8AreRejectedWithTheirPosition) {
  auto binary = parse(std::string("A: 1\nB: \0\x01", 10));
  ASSERT_TRUE(binary->failed());
  EXPECT_EQ(binary->issues()[0].range.begin, pos(2, 4));
  auto latin1 = parse("A: caf\xe9\n");
  ASSERT_TRUE(latin1->failed());
  EXPECT_EQ(latin1->issues()[0].range.begin, pos(1, 7));
  auto overlong = parse("A: \xC0\xAF\n");
  EXPECT_TRUE(overlong->failed());
  auto valid = parse("A: caf\xC3\xA9 \xF0\x9F\x9A\x80\n");
  EXPECT_FALSE(valid->failed());
}

TEST(Parser, JsonMustBeStrict) {
  auto ok = parse("{\"A\": {\"B\": [1, 2]}}", "t.json");
  ASSERT_FALSE(ok->failed());
  EXPECT_EQ(at(ok->root(), {"A", "B"})->items.size(), 2u);
  EXPECT_EQ(at(ok->root(), {"A"})->range.begin, pos(1, 7));
  auto trailing = parse("{\n  \"A\": [1, 2,]\n}", "t.json");
  ASSERT_TRUE(trailing->failed());
  EXPECT_EQ(trailing->issues()[0].range.begin.line, 2u);
}

TEST(Parser, JsonNumberOverflowIsAFindingNotACrash) {
  auto doc = parse("{\"AWSTemplateFormatVersion\": 9" + std::string(400, '9') + "e99999}", "t.json");
  ASSERT_TRUE(doc->failed());
  EXPECT_EQ(doc->issues()[0].ruleId, "INP001");
  EXPECT_NE(doc->issues()[0].message.find("invalid JSON"), std::string::npos);
}

TEST(Parser, EveryDocumentOfAStreamIsKept) {
  auto doc = parse("A: 1\n---\nB: 2\n");
  ASSERT_FALSE(doc->failed());
  ASSERT_EQ(doc->roots().size(), 2u);
  EXPECT_TRUE(doc->roots()[1]->get("B"));
}

TEST(Parser, EmptyValuesAreNullNodes) {
  auto doc = parse("A:\nB: ~\nC: ''\n");
  ASSERT_FALSE(doc->failed());
  EXPECT_TRUE(at(doc->root(), {"A"})->isNull());
  EXPECT_TRUE(at(doc->root(), {"B"})->isNull());
  EXPECT_TRUE(at(doc->root(), {"C"})->isScalar());
}

}  // namespace

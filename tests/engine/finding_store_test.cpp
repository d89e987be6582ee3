// The finding store: runs kept compact, replayed merged in report order, fingerprinted and
// masked, the same from memory and from its temporary file; the function list likewise
// (issue #8, memory).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lambdalint/engine/finding_store.hpp"
#include "lambdalint/engine/function_store.hpp"

using namespace lambdalint;

namespace {

Finding at(std::string file, uint32_t line, std::string rule, std::string snippet = "x: 1") {
  Finding f;
  f.ruleId = std::move(rule);
  f.message = "about " + file;
  f.location.file = std::move(file);
  f.location.range = {{line, 3}, {line, 5}};
  f.location.snippet = std::move(snippet);
  return f;
}

std::vector<std::string> where(const FindingSource& source) {
  std::vector<std::string> out;
  source.forEach([&](const Finding& f) {
    out.push_back(f.location.file + ":" + std::to_string(f.location.range.begin.line) + " " +
                  f.ruleId);
  });
  return out;
}

// Two templates whose findings interleave: b.yaml's run names a handler that sorts first.
void addTwoRuns(FindingStore& store) {
  store.add("b.yaml", {at("b.yaml", 9, "REL001"), at("b.yaml", 2, "SEC001"),
                       at("a/handler.py", 4, "CODE001")});
  store.add("a.yaml", {at("a.yaml", 5, "OPS001"), at("a.yaml", 1, "OPS002")});
}

const std::vector<std::string> kMerged{"a.yaml:1 OPS002", "a.yaml:5 OPS001",
                                       "a/handler.py:4 CODE001", "b.yaml:2 SEC001",
                                       "b.yaml:9 REL001"};

}  // namespace

TEST(FindingStore, ReplaysEveryRunMergedInReportOrder) {
  FindingStore store;
  addTwoRuns(store);
  EXPECT_EQ(store.size(), 5u);
  EXPECT_FALSE(store.spilled());
  EXPECT_EQ(where(store), kMerged);
  EXPECT_EQ(where(store), kMerged) << "a second walk gives the same";
}

TEST(FindingStore, RunsPastTheBudgetMoveToATemporaryFileAndReadBackTheSame) {
  FindingStore small(/*memoryBudget=*/64);
  addTwoRuns(small);
  EXPECT_TRUE(small.spilled());
  EXPECT_EQ(where(small), kMerged);

  // Many runs, records larger than a read window, every field kept.
  FindingStore memory, file(/*memoryBudget=*/1);
  for (int run = 0; run < 50; ++run) {
    std::vector<Finding> found;
    for (int i = 0; i < 20; ++i) {
      Finding f = at("t" + std::to_string(run % 7) + ".yaml", static_cast<uint32_t>(i * 3 + run),
                     "REL00" + std::to_string(i % 5), std::string(3000 + run, 'y'));
      f.related.push_back(at("src/app.py", 2, "", "client = boto3.client('s3')").location);
      f.fixDescription = "set it";
      f.fix.push_back(Replacement{f.location, "Timeout: 30"});
      if (i % 4 == 0) f.suppression = Suppression{"inSource", "reason " + std::to_string(i)};
      found.push_back(std::move(f));
    }
    memory.add("run" + std::to_string(run), found);
    file.add("run" + std::to_string(run), std::move(found));
  }
  EXPECT_FALSE(memory.spilled());
  EXPECT_TRUE(file.spilled());
  std::vector<Finding> a = memory.all(), b = file.all();
  ASSERT_EQ(a.size(), 1000u);
  ASSERT_EQ(b.size(), a.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_FALSE(findingLess(a[i], a[i > 0 ? i - 1 : 0])) << i;
    EXPECT_EQ(b[i].location.file, a[i].location.file) << i;
    EXPECT_EQ(b[i].location.range.begin, a[i].location.range.begin) << i;
    EXPECT_EQ(b[i].location.snippet, a[i].location.snippet) << i;
    ASSERT_EQ(b[i].related.size(), 1u) << i;
    EXPECT_EQ(b[i].related[0].snippet, "client = boto3.client('s3')") << i;
    ASSERT_EQ(b[i].fix.size(), 1u) << i;
    EXPECT_EQ(b[i].fix[0].text, "Timeout: 30") << i;
    EXPECT_EQ(b[i].suppression.has_value(), a[i].suppression.has_value()) << i;
    EXPECT_EQ(b[i].fingerprint, a[i].fingerprint) << i;
  }
}

TEST(FindingStore, TiesFollowTheRunKeyNotTheOrderRunsArrived) {
  auto twoWays = [](bool reversed) {
    FindingStore store;
    Finding fromA = at("shared/app.py", 3, "CODE001"), fromB = fromA;
    fromA.related.push_back(at("a.yaml", 1, "").location);
    fromB.related.push_back(at("b.yaml", 1, "").location);
    if (reversed) {
      store.add("b.yaml", {fromB});
      store.add("a.yaml", {fromA});
    } else {
      store.add("a.yaml", {fromA});
      store.add("b.yaml", {fromB});
    }
    std::vector<std::string> order;
    store.forEach([&](const Finding& f) { order.push_back(f.related[0].file + " " + f.fingerprint); });
    return order;
  };
  EXPECT_EQ(twoWays(false), twoWays(true));
  std::vector<std::string> order = twoWays(false);
  ASSERT_EQ(order.size(), 2u);
  EXPECT_EQ(order[0].substr(0, 6), "a.yaml");
  EXPECT_NE(order[0].substr(7), order[1].substr(7)) << "identical lines get distinct occurrences";
}

TEST(FindingStore, FingerprintsCountOccurrencesPerFileAndIgnoreLineNumbers) {
  FindingStore store;
  store.add("a.yaml", {at("a.yaml", 3, "REL001", "  Timeout: 900"),
                       at("a.yaml", 8, "REL001", "Timeout: 900  ")});
  store.add("b.yaml", {at("b.yaml", 3, "REL001", "  Timeout: 900")});
  std::vector<Finding> all = store.all();
  ASSERT_EQ(all.size(), 3u);
  auto hash = [](const Finding& f) { return f.fingerprint.substr(0, f.fingerprint.find(':')); };
  auto occurrence = [](const Finding& f) { return f.fingerprint.substr(f.fingerprint.find(':')); };
  EXPECT_EQ(hash(all[0]), hash(all[1])) << "same rule, file and trimmed line text";
  EXPECT_EQ(occurrence(all[0]), ":1");
  EXPECT_EQ(occurrence(all[1]), ":2");
  EXPECT_NE(hash(all[2]), hash(all[0])) << "another file";
  EXPECT_EQ(occurrence(all[2]), ":1");
}

TEST(FindingStore, ASecretMaskedInOneSnippetIsMaskedInEveryCopyOfItsLine) {
  FindingStore store;
  store.add("t.yaml", {at("t.yaml", 4, "SEC001", "  KEY: ********"),
                       at("t.yaml", 4, "SEC002", "  KEY: abcd1234")});
  store.add("u.yaml", {at("u.yaml", 1, "SEC002", "  KEY: abcd1234")});
  std::vector<Finding> all = store.all();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].location.snippet, "  KEY: ********");
  EXPECT_EQ(all[1].location.snippet, "  KEY: ********");
  EXPECT_EQ(all[2].location.snippet, "  KEY: abcd1234") << "another file's line is left alone";
}

TEST(FindingStore, FilteredFindingsChangeAndDropOnTheWay) {
  FindingStore store;
  addTwoRuns(store);
  FilteredFindings noOps(store, [](Finding& f) {
    if (f.ruleId.starts_with("OPS")) return false;
    f.severity = Severity::Error;
    return true;
  });
  EXPECT_EQ(where(noOps), (std::vector<std::string>{"a/handler.py:4 CODE001", "b.yaml:2 SEC001",
                                                    "b.yaml:9 REL001"}));
  noOps.forEach([](const Finding& f) { EXPECT_EQ(f.severity, Severity::Error); });
}

TEST(FunctionStore, ReplaysBlocksInTheOrderTheyWereAppendedFromMemoryOrFile) {
  for (size_t budget : {size_t{4} << 20, size_t{16}}) {
    FunctionStore store(budget);
    auto fn = [](std::string id, std::string file) {
      report::FunctionInfo f;
      f.id = std::move(id);
      f.file = std::move(file);
      f.line = 7;
      f.runtime = "python3.12";
      f.handler = "app.handler";
      f.localCode = true;
      f.handlerStatus = "found";
      f.handlerFile = "src/app.py";
      f.reason = std::string(100, 'r');
      return f;
    };
    // Stored as files finish (b first), replayed in file order (a first).
    FunctionStore::Block b = store.put({fn("B1", "b.yaml")});
    FunctionStore::Block a = store.put({fn("A1", "a.yaml"), fn("A2", "a.yaml")});
    store.append(a);
    store.append(b);
    std::vector<report::FunctionInfo> all = store.all();
    ASSERT_EQ(all.size(), 3u) << budget;
    EXPECT_EQ(store.size(), 3u);
    EXPECT_EQ(all[0].id + all[1].id + all[2].id, "A1A2B1");
    EXPECT_EQ(all[2].file, "b.yaml");
    EXPECT_EQ(all[2].line, 7u);
    EXPECT_TRUE(all[2].localCode);
    EXPECT_EQ(all[2].handlerFile, "src/app.py");
    EXPECT_EQ(all[2].reason, std::string(100, 'r'));
  }
}

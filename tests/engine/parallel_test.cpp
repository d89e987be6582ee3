// The worker pool, the shared handler cache and the per-file time limit (issues #8, #9).
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "engine/summary_cache.hpp"
#include "engine/work_queue.hpp"
#include "lambdalint/engine/analyze.hpp"
#include "lambdalint/support/deadline.hpp"
#include "support/run_command.hpp"

using namespace lambdalint;
using engine::SummaryCache;
using engine::WorkQueue;
namespace fs = std::filesystem;

namespace {

SummaryCache::Summary summaryOf(size_t bytes) {
  auto s = std::make_shared<model::CodeSummary>();
  s->file = std::make_shared<SourceFile>("h.py", std::string(bytes, 'x'));
  return s;
}

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// A SAM template with `functions` functions, none of which sets a Timeout (REL001 each).
std::string samTemplate(size_t functions) {
  std::string t = "AWSTemplateFormatVersion: '2010-09-09'\n"
                  "Transform: AWS::Serverless-2016-10-31\nResources:\n";
  for (size_t i = 0; i < functions; ++i)
    t += "  Fn" + std::to_string(i) +
         ":\n    Type: AWS::Serverless::Function\n    Properties:\n"
         "      Runtime: python3.12\n      Handler: app.handler\n      MemorySize: 256\n";
  return t;
}

}  // namespace

TEST(WorkQueue, RunsEveryTaskOnceIncludingTasksAddedWhileRunning) {
  WorkQueue queue(50);
  std::vector<std::atomic<int>> runs(100);
  std::set<unsigned> workers;
  std::mutex m;
  queue.run(4, [&](unsigned worker, size_t task) {
    ++runs[task];
    {
      std::lock_guard lock(m);
      workers.insert(worker);
    }
    if (task < 50) EXPECT_GE(queue.add(), 50u);  // each first task adds one more
  });
  for (size_t i = 0; i < runs.size(); ++i) EXPECT_EQ(runs[i].load(), 1) << i;
  for (unsigned w : workers) EXPECT_LT(w, 4u);
}

TEST(WorkQueue, RethrowsTheFirstFailureAndStops) {
  WorkQueue queue(1000);
  std::atomic<int> ran{0};
  EXPECT_THROW(queue.run(3,
                         [&](unsigned, size_t task) {
                           ++ran;
                           if (task == 5) throw std::runtime_error("boom");
                           // Tasks take a while, so "stops" does not depend on the scheduler.
                           std::this_thread::sleep_for(std::chrono::milliseconds(1));
                         }),
               std::runtime_error);
  EXPECT_LT(ran.load(), 1000);
}

TEST(SummaryCache, ParsesOnceWhenManyThreadsAskAtOnce) {
  SummaryCache cache;
  std::atomic<int> parses{0};
  std::vector<SummaryCache::Summary> got(8);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < got.size(); ++i)
    threads.emplace_back([&, i] {
      got[i] = cache.get("/src/app.py", [&] {
        ++parses;
        std::this_thread::sleep_for(std::chrono::milliseconds(30));  // others arrive meanwhile
        return summaryOf(10);
      });
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(parses.load(), 1);
  EXPECT_EQ(cache.parses(), 1u);
  for (const auto& s : got) EXPECT_EQ(s.get(), got[0].get());
}

TEST(SummaryCache, DropsTheLeastRecentlyUsedBeyondItsBudget) {
  SummaryCache cache(/*budgetBytes=*/30'000);  // one 10 kB source counts 21 kB: one fits
  int parses = 0;
  auto parse = [&] {
    ++parses;
    return summaryOf(10'000);
  };
  cache.get("a", parse);
  cache.get("a", parse);
  EXPECT_EQ(parses, 1);
  cache.get("b", parse);  // over budget: "a" goes
  cache.get("b", parse);
  EXPECT_EQ(parses, 2);
  cache.get("a", parse);
  EXPECT_EQ(parses, 3);
}

TEST(SummaryCache, KeepsAtMostItsNumberOfSummariesHoweverSmall) {
  SummaryCache cache(/*budgetBytes=*/1u << 30, /*maxEntries=*/2);
  int parses = 0;
  auto parse = [&] {
    ++parses;
    return summaryOf(10);
  };
  for (const char* key : {"a", "b", "a", "c"}) cache.get(key, parse);  // "c" pushes out "b"
  EXPECT_EQ(parses, 3);
  cache.get("a", parse);
  EXPECT_EQ(parses, 3);
  cache.get("b", parse);
  EXPECT_EQ(parses, 4);
}

TEST(SummaryCache, KeepsNothingParsedAfterTheTimeLimit) {
  SummaryCache cache;
  int parses = 0;
  {
    deadline::Scope limit(std::chrono::milliseconds(1));
    // The limit counts this thread's CPU time, which sleeping does not use: spin past it.
    for (auto start = std::chrono::steady_clock::now();
         !deadline::expired() && std::chrono::steady_clock::now() - start < std::chrono::seconds(5);) {
    }
    ASSERT_TRUE(deadline::expired());
    cache.get("a", [&] {
      ++parses;
      return summaryOf(1);
    });
  }
  EXPECT_FALSE(deadline::expired());  // the scope ended
  cache.get("a", [&] {
    ++parses;
    return summaryOf(1);
  });
  EXPECT_EQ(parses, 2);
}

TEST(FileTimeout, ALargeFileIsReportedAndSkipped) {
  std::string dir = ::lambdalint::testing::makeTempDir();
  std::string big = samTemplate(40'000);  // a few MB: far more than a millisecond of work
  write(fs::path(dir) / "big.yaml", big);
  AnalysisOptions options;
  options.paths = {dir};
  options.root = dir;
  options.jobs = 1;
  options.fileTimeout = std::chrono::milliseconds(1);
  AnalysisResult result = analyze(options);
  ASSERT_EQ(result.findings.size(), 1u);
  const Finding f = result.findings.all()[0];
  EXPECT_EQ(f.ruleId, "INP001");
  EXPECT_EQ(f.location.file, "big.yaml");
  EXPECT_NE(f.message.find("time limit of 0.001 s (--file-timeout)"), std::string::npos)
      << f.message;
  ASSERT_EQ(result.notifications.size(), 1u);
  EXPECT_EQ(result.notifications[0].file, "big.yaml");
  EXPECT_EQ(result.functionCount, 0u);  // partial results are dropped
}

TEST(FileTimeout, ZeroMeansNoLimit) {
  std::string dir = ::lambdalint::testing::makeTempDir();
  write(fs::path(dir) / "small.yaml", samTemplate(3));
  AnalysisOptions options;
  options.paths = {dir};
  options.root = dir;
  options.fileTimeout = std::chrono::milliseconds(0);
  AnalysisResult result = analyze(options);
  EXPECT_EQ(result.functionCount, 3u);
  for (const Finding& f : result.findings.all()) EXPECT_NE(f.ruleId, "INP001") << f.message;
}

// Two templates whose functions all point to one handler file.
std::string sharedHandlerProject(size_t templates, size_t functionsEach) {
  std::string dir = ::lambdalint::testing::makeTempDir();
  write(fs::path(dir) / "src/app.py",
        "import boto3\n\ndef handler(event, context):\n    s3 = boto3.client('s3')\n"
        "    return s3.list_buckets()\n");
  for (size_t t = 0; t < templates; ++t) {
    std::string text = "AWSTemplateFormatVersion: '2010-09-09'\n"
                       "Transform: AWS::Serverless-2016-10-31\nResources:\n";
    for (size_t i = 0; i < functionsEach; ++i)
      text += "  Fn" + std::to_string(i) +
              ":\n    Type: AWS::Serverless::Function\n    Properties:\n"
              "      CodeUri: src/\n      Runtime: python3.12\n      Handler: app.handler\n"
              "      Timeout: 10\n";
    write(fs::path(dir) / ("t" + std::to_string(t) + ".yaml"), text);
  }
  return dir;
}

TEST(SharedHandlers, EachHandlerFileIsParsedOnceForTheWholeRun) {
  std::string dir = sharedHandlerProject(6, 3);
  for (unsigned jobs : {1u, 2u, 4u}) {
    AnalysisOptions options;
    options.paths = {dir};
    options.root = dir;
    options.jobs = jobs;
    AnalysisResult result = analyze(options);
    EXPECT_EQ(result.filesAnalysed.size(), 6u) << jobs;
    ASSERT_EQ(result.functions.size(), 18u) << jobs;
    for (const auto& fn : result.functions.all()) {
      EXPECT_EQ(fn.handlerStatus, "found") << fn.file << " " << fn.id;
      EXPECT_EQ(fn.handlerFile, "src/app.py");
    }
    EXPECT_EQ(result.handlerFilesParsed, 1u) << "--jobs " << jobs;
    // The client created in the handler (CODE002) is reported once per template, naming the
    // template's three functions that share the handler.
    size_t code002 = 0;
    for (const Finding& f : result.findings.all()) code002 += f.ruleId == "CODE002";
    EXPECT_EQ(code002, 6u) << jobs;
  }
}

TEST(Jobs, FindingsAndFunctionsDoNotDependOnTheThreadCount) {
  std::string dir = sharedHandlerProject(9, 2);
  for (int i = 0; i < 5; ++i)  // templates of different sizes: threads finish out of order
    write(fs::path(dir) / ("more" + std::to_string(i) + ".yaml"), samTemplate(50 * (i + 1)));
  auto run = [&](unsigned jobs) {
    AnalysisOptions options;
    options.paths = {dir};
    options.root = dir;
    options.jobs = jobs;
    return analyze(options);
  };
  AnalysisResult one = run(1);
  ASSERT_GT(one.findings.size(), 100u);
  for (unsigned jobs : {2u, 3u, 8u}) {
    AnalysisResult many = run(jobs);
    EXPECT_EQ(many.filesAnalysed, one.filesAnalysed) << jobs;
    std::vector<Finding> a = one.findings.all(), b = many.findings.all();
    ASSERT_EQ(b.size(), a.size()) << jobs;
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(b[i].ruleId, a[i].ruleId) << i;
      EXPECT_EQ(b[i].location.file, a[i].location.file) << i;
      EXPECT_EQ(b[i].location.range.begin, a[i].location.range.begin) << i;
      EXPECT_EQ(b[i].fingerprint, a[i].fingerprint) << i;
    }
    std::vector<report::FunctionInfo> fa = one.functions.all(), fb = many.functions.all();
    ASSERT_EQ(fb.size(), fa.size());
    for (size_t i = 0; i < fa.size(); ++i)
      EXPECT_EQ(fb[i].file + fb[i].id, fa[i].file + fa[i].id);
  }
}

TEST(Jobs, ZeroMeansOnePerCore) {
  EXPECT_GE(effectiveJobs(0), 1u);
  EXPECT_EQ(effectiveJobs(3), 3u);
}

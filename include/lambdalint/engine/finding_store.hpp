#pragma once
// Findings between the rules and the reporters. A run over thousands of templates must not
// hold every finding as an object: the store keeps each file's findings as one compact,
// sorted run (moved to an unnamed temporary file past a memory budget) and replays them
// merged in report order, as often as a reporter needs.
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/engine/finding.hpp"

namespace lambdalint {

// A replayable sequence of findings in report order (findingLess). Each forEach call walks
// the whole sequence; the visitor gets its own copy of each finding, which it may change.
class FindingSource {
 public:
  using Visitor = std::function<void(Finding&)>;
  virtual ~FindingSource() = default;
  virtual void forEach(const Visitor& visit) const = 0;
};

// Findings already in memory and in report order (tests, the fixture harness).
class FindingList : public FindingSource {
 public:
  explicit FindingList(const std::vector<Finding>& findings) : findings_(findings) {}
  void forEach(const Visitor& visit) const override;

 private:
  const std::vector<Finding>& findings_;
};

// A source seen through a per-finding step: `step` may change a finding, and drops it by
// returning false (configuration, the changed-files filter, the baseline).
class FilteredFindings : public FindingSource {
 public:
  FilteredFindings(const FindingSource& source, std::function<bool(Finding&)> step)
      : source_(source), step_(std::move(step)) {}
  void forEach(const Visitor& visit) const override;

 private:
  const FindingSource& source_;
  std::function<bool(Finding&)> step_;
};

// Every finding of an analysis. add() takes one file's findings (any order, from any thread);
// once every add() is done, forEach() replays all of them sorted with findingLess, ties in a fixed order (the run's
// key, then the order the rules reported them), so the output never depends on which
// thread finished first. Replayed findings get their fingerprint, and a secret masked in
// one snippet is masked in every snippet of that line.
class FindingStore : public FindingSource {
 public:
  // Bytes of encoded findings kept in memory before they move to a temporary file.
  static constexpr size_t kDefaultMemoryBudget = 8u << 20;

  explicit FindingStore(size_t memoryBudget = kDefaultMemoryBudget);
  ~FindingStore() override;
  FindingStore(FindingStore&&) noexcept;
  FindingStore& operator=(FindingStore&&) noexcept;

  // `key` orders runs whose findings tie (the analysed file's shown path: unique, stable).
  void add(const std::string& key, std::vector<Finding> findings);
  size_t size() const;
  bool empty() const { return size() == 0; }
  bool spilled() const;  // some runs live in the temporary file (for tests)

  void forEach(const Visitor& visit) const override;
  // Every finding in report order, as objects: for tests and small in-memory analyses.
  std::vector<Finding> all() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace lambdalint

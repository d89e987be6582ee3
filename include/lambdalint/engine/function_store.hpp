#pragma once
// The functions of an analysis with their handler links (JSON `functions`), kept compact and,
// past a memory budget, in a temporary file like the findings: a run's memory must not grow
// with the number of functions it found.
#include <memory>
#include <vector>

#include "lambdalint/report/reporter.hpp"

namespace lambdalint {

class FunctionStore : public report::FunctionSource {
 public:
  // One file's functions, stored; any thread. The handle is appended in file order later.
  struct Block {
    uint64_t offset = 0, bytes = 0;
    size_t count = 0;
  };

  explicit FunctionStore(size_t memoryBudget = 4u << 20);
  ~FunctionStore() override;
  FunctionStore(FunctionStore&&) noexcept;
  FunctionStore& operator=(FunctionStore&&) noexcept;

  Block put(const std::vector<report::FunctionInfo>& functions);
  void append(const Block& block);  // in the order forEach replays them
  size_t size() const { return count_; }

  void forEach(const std::function<void(const report::FunctionInfo&)>& visit) const override;
  std::vector<report::FunctionInfo> all() const;  // for tests

 private:
  struct State;
  std::unique_ptr<State> state_;
  size_t count_ = 0;
};

}  // namespace lambdalint

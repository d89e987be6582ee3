#include "lambdalint/engine/function_store.hpp"

#include <array>
#include <mutex>

#include "engine/record_log.hpp"

namespace lambdalint {

using report::FunctionInfo;

namespace {

// The string fields of a function, in their stored order (const or not).
template <typename Info>
auto stringFields(Info& f) {
  return std::array{&f.id, &f.file, &f.runtime, &f.handler, &f.handlerStatus,
                    &f.handlerFile, &f.handlerFunction, &f.reason};
}

}  // namespace

struct FunctionStore::State {
  std::mutex mutex;
  engine::RecordLog log;
  std::vector<Block> order;
  explicit State(size_t budget) : log(budget) {}
};

FunctionStore::FunctionStore(size_t memoryBudget) : state_(std::make_unique<State>(memoryBudget)) {}
FunctionStore::~FunctionStore() = default;
FunctionStore::FunctionStore(FunctionStore&&) noexcept = default;
FunctionStore& FunctionStore::operator=(FunctionStore&&) noexcept = default;

FunctionStore::Block FunctionStore::put(const std::vector<FunctionInfo>& functions) {
  std::string bytes;
  for (const FunctionInfo& f : functions) {
    for (const std::string* s : stringFields(f)) engine::putString(bytes, *s);
    engine::putVarint(bytes, f.line);
    bytes += static_cast<char>(f.localCode ? 1 : 0);
  }
  std::lock_guard lock(state_->mutex);
  engine::RecordLog::Span span = state_->log.append(bytes);
  return Block{span.offset, span.bytes, functions.size()};
}

void FunctionStore::append(const Block& block) {
  if (block.count == 0) return;
  std::lock_guard lock(state_->mutex);
  state_->order.push_back(block);
  count_ += block.count;
}

void FunctionStore::forEach(const std::function<void(const FunctionInfo&)>& visit) const {
  FunctionInfo f;
  for (const Block& block : state_->order) {
    std::string bytes = state_->log.bytes({block.offset, block.bytes});
    engine::RecordReader in(bytes);
    for (size_t i = 0; i < block.count; ++i) {
      for (std::string* s : stringFields(f)) in.string(*s);
      f.line = static_cast<uint32_t>(in.varint());
      f.localCode = in.byte() != 0;
      visit(f);
    }
  }
}

std::vector<FunctionInfo> FunctionStore::all() const {
  std::vector<FunctionInfo> out;
  forEach([&](const FunctionInfo& f) { out.push_back(f); });
  return out;
}

}  // namespace lambdalint

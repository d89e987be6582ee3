#include "engine/work_queue.hpp"

#include <thread>
#include <vector>

namespace lambdalint::engine {

size_t WorkQueue::add() {
  std::lock_guard lock(mutex_);
  changed_.notify_one();
  return size_++;
}

void WorkQueue::run(unsigned threads, const std::function<void(unsigned, size_t)>& work) {
  std::vector<std::thread> others;
  for (unsigned w = 1; w < threads; ++w) others.emplace_back([&, w] { loop(w, work); });
  loop(0, work);
  for (std::thread& t : others) t.join();
  if (failure_) std::rethrow_exception(failure_);
}

void WorkQueue::loop(unsigned worker, const std::function<void(unsigned, size_t)>& work) {
  std::unique_lock lock(mutex_);
  for (;;) {
    // Idle while others run: a running task may still add work.
    changed_.wait(lock, [&] { return failure_ || next_ < size_ || running_ == 0; });
    if (failure_ || next_ >= size_) break;
    size_t task = next_++;
    ++running_;
    lock.unlock();
    std::exception_ptr error;
    try {
      work(worker, task);
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    --running_;
    if (error && !failure_) failure_ = error;
    changed_.notify_all();
  }
  changed_.notify_all();
}

}  // namespace lambdalint::engine

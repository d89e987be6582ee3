#pragma once
// A fixed pool of worker threads taking numbered tasks in order. Tasks may add further tasks
// while the pool runs (a CDK manifest names its templates); the pool ends when every task is
// done. Results are the caller's to store by task number, so their order never depends on
// which thread finished first.
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>

namespace lambdalint::engine {

class WorkQueue {
 public:
  explicit WorkQueue(size_t tasks) : size_(tasks) {}

  // Appends a task and returns its number; callable from inside a running task.
  size_t add();

  // Runs `work(worker, task)` for every task on `threads` threads (worker 0 is the calling
  // thread, so one thread starts none). The first exception a task throws stops the pool
  // and is rethrown here.
  void run(unsigned threads, const std::function<void(unsigned worker, size_t task)>& work);

 private:
  void loop(unsigned worker, const std::function<void(unsigned, size_t)>& work);

  std::mutex mutex_;
  std::condition_variable changed_;
  size_t size_;
  size_t next_ = 0;
  size_t running_ = 0;
  std::exception_ptr failure_;
};

}  // namespace lambdalint::engine

#pragma once
// The time limit of the file the current thread is analysing (--file-timeout). The engine
// sets it per file; long loops (the YAML event loop, the tree-sitter parse, the rules) ask
// expired() and stop early, and the engine then reports the file as not analysed. Nothing is
// killed: stopping is cooperative, so every thread ends in a defined state.
#include <time.h>

#include <chrono>

namespace lambdalint::deadline {

// CPU time of the calling thread: a file's budget does not shrink because other threads or
// processes load the machine, so whether a file is cut off (and so the output) does not
// depend on the load or on --jobs. Waiting (for the C++ analyser's process) is not counted;
// that process has its own hard limit.
struct ThreadCpuClock {
  using duration = std::chrono::nanoseconds;
  using rep = duration::rep;
  using period = duration::period;
  using time_point = std::chrono::time_point<ThreadCpuClock>;
  static constexpr bool is_steady = true;
  static time_point now() noexcept {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return time_point(duration(std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec)));
  }
};

using Clock = ThreadCpuClock;

// The limit of the file this thread analyses: on the thread's CPU clock, and the same limit
// on the wall clock. A thread cannot have used more CPU time than the wall time that passed,
// so the cheap wall clock (no system call) answers until the CPU limit could be reached;
// reading the CPU clock on every check cost a tenth of a run of small files.
struct Limit {
  Clock::time_point cpu = Clock::time_point::max();
  std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::time_point::max();
};

// No limit by default (tests, fuzzers and tools that parse without the engine).
inline thread_local Limit current;

inline bool expired() {
  if (current.cpu == Clock::time_point::max()) return false;
  if (std::chrono::steady_clock::now() < current.wall) return false;
  return Clock::now() >= current.cpu;
}

// Sets this thread's limit to `limit` from now (zero or less: none) until destroyed.
class Scope {
 public:
  explicit Scope(Clock::duration limit) : previous_(current) {
    current = Limit{};
    if (limit > Clock::duration::zero()) {
      current.cpu = Clock::now() + limit;
      current.wall = std::chrono::steady_clock::now() +
                     std::chrono::duration_cast<std::chrono::steady_clock::duration>(limit);
    }
  }
  ~Scope() { current = previous_; }
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

 private:
  Limit previous_;
};

}  // namespace lambdalint::deadline

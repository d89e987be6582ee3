#pragma once
// The time limit of the file the current thread is analysing (--file-timeout). The engine
// sets it per file; long loops (the YAML event loop, the tree-sitter parse, the rules) ask
// expired() and stop early, and the engine then reports the file as not analysed. Nothing is
// killed: stopping is cooperative, so every thread ends in a defined state.
#include <chrono>

namespace lambdalint::deadline {

using Clock = std::chrono::steady_clock;

// No limit by default (tests, fuzzers and tools that parse without the engine).
inline thread_local Clock::time_point current = Clock::time_point::max();

inline bool expired() {
  return current != Clock::time_point::max() && Clock::now() >= current;
}

// Sets this thread's limit to `limit` from now (zero or less: none) until destroyed.
class Scope {
 public:
  explicit Scope(Clock::duration limit) : previous_(current) {
    current = limit > Clock::duration::zero() ? Clock::now() + limit : Clock::time_point::max();
  }
  ~Scope() { current = previous_; }
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

 private:
  Clock::time_point previous_;
};

}  // namespace lambdalint::deadline

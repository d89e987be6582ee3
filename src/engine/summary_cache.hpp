#pragma once
// Handler summaries shared by every template of a run and every worker thread: a handler
// file that several templates point to is read and parsed once. The first thread to ask
// parses while the others wait for its result.
//
// Memory stays bounded: once the cached sources pass a byte budget, or the summaries a
// number (a summary's facts can weigh many times its source), the least recently used
// summaries are dropped (a later request parses again). Discovery visits files in path
// order, so templates that share a handler usually come close together and still hit.
#include <condition_variable>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "lambdalint/model/handler_summary.hpp"

namespace lambdalint::engine {

class SummaryCache {
 public:
  using Summary = std::shared_ptr<const model::CodeSummary>;

  explicit SummaryCache(size_t budgetBytes = 32u * 1024 * 1024, size_t maxEntries = 256)
      : budget_(budgetBytes), maxEntries_(maxEntries) {}

  // The summary for `key` (a canonical path), calling `parse` if no thread has yet. A result
  // computed after the caller's file ran out of time (--file-timeout) is not kept: it may be
  // cut short.
  Summary get(const std::string& key, const std::function<Summary()>& parse);

  size_t parses() const;  // how many times `parse` ran (for tests)

 private:
  struct Entry {
    bool ready = false;
    Summary value;
    size_t bytes = 0;
    std::list<std::string>::iterator lru;  // valid when ready
  };
  void keep(Entry& entry, const std::string& key, Summary value);
  void evict();

  mutable std::mutex mutex_;
  std::condition_variable done_;
  std::unordered_map<std::string, Entry> entries_;
  std::list<std::string> lru_;  // ready keys, most recently used first
  size_t bytes_ = 0;
  size_t budget_;
  size_t maxEntries_;
  size_t parses_ = 0;
};

}  // namespace lambdalint::engine

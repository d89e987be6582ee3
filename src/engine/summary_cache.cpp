#include "engine/summary_cache.hpp"

#include <chrono>

#include "lambdalint/support/deadline.hpp"

namespace lambdalint::engine {

SummaryCache::Summary SummaryCache::get(const std::string& key,
                                        const std::function<Summary()>& parse) {
  std::unique_lock lock(mutex_);
  for (;;) {
    auto it = entries_.find(key);
    if (it == entries_.end()) break;
    if (it->second.ready) {
      lru_.splice(lru_.begin(), lru_, it->second.lru);
      return it->second.value;
    }
    // Another thread is parsing it. Our own time limit still applies while we wait.
    done_.wait_for(lock, std::chrono::milliseconds(20));
    if (deadline::expired()) return nullptr;
  }
  entries_.emplace(key, Entry{});  // claims the parse: others now wait
  ++parses_;
  lock.unlock();
  Summary value;
  try {
    value = parse();
  } catch (...) {
    lock.lock();
    entries_.erase(key);
    done_.notify_all();
    throw;
  }
  lock.lock();
  if (deadline::expired()) entries_.erase(key);  // possibly cut short; a waiter parses anew
  else keep(entries_.at(key), key, value);
  done_.notify_all();
  return value;
}

void SummaryCache::keep(Entry& entry, const std::string& key, Summary value) {
  // The source text dominates; the summary's vectors are a fraction of it.
  entry.bytes = 1024 + (value && value->file ? 2 * value->file->content().size() : 0);
  entry.value = std::move(value);
  entry.ready = true;
  lru_.push_front(key);
  entry.lru = lru_.begin();
  bytes_ += entry.bytes;
  evict();
}

void SummaryCache::evict() {
  while ((bytes_ > budget_ || lru_.size() > maxEntries_) && lru_.size() > 1) {
    auto it = entries_.find(lru_.back());
    bytes_ -= it->second.bytes;
    entries_.erase(it);
    lru_.pop_back();
  }
}

size_t SummaryCache::parses() const {
  std::lock_guard lock(mutex_);
  return parses_;
}

}  // namespace lambdalint::engine

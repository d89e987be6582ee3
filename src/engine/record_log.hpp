#pragma once
// An append-only log of bytes that keeps at most a budget in memory: past it, what is in
// memory moves to an unnamed temporary file (in $TMPDIR, else /tmp; unlinked at once, so it
// goes with the process). What the findings and function lists of a large run live in.
// Not thread-safe: callers lock.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lambdalint::engine {

class RecordLog {
 public:
  // Where appended bytes are: offsets count from the log's start, wherever the bytes live.
  struct Span {
    uint64_t offset = 0;
    uint64_t bytes = 0;
  };

  explicit RecordLog(size_t memoryBudget);
  ~RecordLog();
  RecordLog(RecordLog&&) noexcept;
  RecordLog& operator=(RecordLog&&) noexcept;

  Span append(std::string_view bytes);
  // Whether a span is still in memory; its bytes are then view(span), else read() them.
  bool inMemory(const Span& span) const;
  std::string_view view(const Span& span) const;
  // Copies `bytes` bytes at log offset `offset` (in the file) into `into`.
  void read(uint64_t offset, char* into, size_t bytes) const;
  // A span's bytes, wherever they are.
  std::string bytes(const Span& span) const;

  bool spilled() const;  // some bytes live in the temporary file
  size_t memoryBudget() const { return budget_; }

 private:
  // The log's bytes in memory sit in chunks that are never moved or grown: each append goes
  // whole into one chunk, a new one (twice the last, up to 1 MB) when it does not fit. A run
  // with few findings so touches little fresh memory, and none is copied to grow.
  struct Chunk {
    std::unique_ptr<char[]> data;
    size_t capacity = 0;
    size_t used = 0;
    uint64_t offset = 0;  // the log offset of data[0]
  };
  bool spill();
  const Chunk& chunkAt(uint64_t offset) const;

  class File;
  size_t budget_;
  std::vector<Chunk> chunks_;  // the log's last bytes, from offset fileBytes_ on
  size_t memoryBytes_ = 0;     // bytes used in chunks_
  uint64_t fileBytes_ = 0;     // the first fileBytes_ bytes of the log are in the file
  std::unique_ptr<File> file_;
  bool fileFailed_ = false;    // no usable temporary file: everything stays in memory
};

// The records' encoding: varints and length-prefixed strings.
void putVarint(std::string& out, uint64_t v);
void putString(std::string& out, std::string_view s);

// Reads what the put functions wrote; the bytes come from this process, so they are trusted.
class RecordReader {
 public:
  explicit RecordReader(std::string_view bytes) : p_(bytes.data()) {}
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      auto b = static_cast<unsigned char>(*p_++);
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (b < 0x80) return v;
    }
  }
  uint8_t byte() { return static_cast<uint8_t>(*p_++); }
  void string(std::string& s) {
    size_t n = varint();
    s.assign(p_, n);
    p_ += n;
  }

 private:
  const char* p_;
};

}  // namespace lambdalint::engine

#include "engine/record_log.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

namespace lambdalint::engine {

class RecordLog::File {
 public:
  File() {
    const char* dir = std::getenv("TMPDIR");
    std::string pattern = std::string(dir && *dir ? dir : "/tmp") + "/lambdalint-XXXXXX";
    fd_ = ::mkstemp(pattern.data());
    if (fd_ >= 0) ::unlink(pattern.c_str());
  }
  ~File() {
    if (fd_ >= 0) ::close(fd_);
  }
  File(const File&) = delete;
  File& operator=(const File&) = delete;

  bool ok() const { return fd_ >= 0; }

  bool write(uint64_t offset, std::string_view bytes) {
    for (size_t done = 0; done < bytes.size();) {
      ssize_t n = ::pwrite(fd_, bytes.data() + done, bytes.size() - done,
                           static_cast<off_t>(offset + done));
      if (n <= 0) return false;
      done += static_cast<size_t>(n);
    }
    return true;
  }

  void read(uint64_t offset, char* into, size_t bytes) const {
    for (size_t done = 0; done < bytes;) {
      ssize_t n = ::pread(fd_, into + done, bytes - done, static_cast<off_t>(offset + done));
      if (n <= 0) throw std::runtime_error("cannot read back lambdalint's temporary file");
      done += static_cast<size_t>(n);
    }
  }

 private:
  int fd_ = -1;
};

RecordLog::RecordLog(size_t memoryBudget) : budget_(memoryBudget) {}
RecordLog::~RecordLog() = default;
RecordLog::RecordLog(RecordLog&&) noexcept = default;
RecordLog& RecordLog::operator=(RecordLog&&) noexcept = default;

bool RecordLog::spill() {
  if (fileFailed_) return false;
  if (!file_) file_ = std::make_unique<File>();
  uint64_t at = fileBytes_;
  for (const Chunk& c : chunks_) {
    if (!file_->ok() || !file_->write(at, std::string_view(c.data.get(), c.used))) {
      fileFailed_ = true;
      return false;
    }
    at += c.used;
  }
  fileBytes_ = at;
  // The last chunk is kept, emptied, for what comes next.
  if (!chunks_.empty()) {
    chunks_.erase(chunks_.begin(), chunks_.end() - 1);
    chunks_.back().used = 0;
    chunks_.back().offset = fileBytes_;
  }
  memoryBytes_ = 0;
  return true;
}

RecordLog::Span RecordLog::append(std::string_view bytes) {
  if (memoryBytes_ + bytes.size() > budget_ && memoryBytes_ > 0) spill();
  Span span{fileBytes_ + memoryBytes_, bytes.size()};
  if (bytes.size() > budget_ && !fileFailed_ && memoryBytes_ == 0) {
    // Larger than the whole budget: straight to the file.
    if (!file_) file_ = std::make_unique<File>();
    if (file_->ok() && file_->write(fileBytes_, bytes)) {
      fileBytes_ += bytes.size();
      if (!chunks_.empty()) chunks_.back().offset = fileBytes_;
      return span;
    }
    fileFailed_ = true;
  }
  if (chunks_.empty() || chunks_.back().capacity - chunks_.back().used < bytes.size()) {
    constexpr size_t kFirst = 64 << 10, kLargest = 1 << 20;
    size_t next = chunks_.empty() ? kFirst : std::min(kLargest, 2 * chunks_.back().capacity);
    Chunk c;
    c.capacity = std::max(next, bytes.size());
    c.data = std::make_unique_for_overwrite<char[]>(c.capacity);
    c.offset = span.offset;
    chunks_.push_back(std::move(c));
  }
  Chunk& c = chunks_.back();
  std::copy(bytes.begin(), bytes.end(), c.data.get() + c.used);
  c.used += bytes.size();
  memoryBytes_ += bytes.size();
  return span;
}

const RecordLog::Chunk& RecordLog::chunkAt(uint64_t offset) const {
  auto it = std::upper_bound(chunks_.begin(), chunks_.end(), offset,
                             [](uint64_t o, const Chunk& c) { return o < c.offset; });
  return *(it - 1);
}

bool RecordLog::inMemory(const Span& span) const { return span.offset >= fileBytes_; }

std::string_view RecordLog::view(const Span& span) const {
  if (span.bytes == 0) return {};
  const Chunk& c = chunkAt(span.offset);
  return std::string_view(c.data.get() + (span.offset - c.offset), span.bytes);
}

void RecordLog::read(uint64_t offset, char* into, size_t bytes) const { file_->read(offset, into, bytes); }

std::string RecordLog::bytes(const Span& span) const {
  if (inMemory(span)) return std::string(view(span));
  std::string out(span.bytes, '\0');
  read(span.offset, out.data(), out.size());
  return out;
}

bool RecordLog::spilled() const { return fileBytes_ > 0; }

void putVarint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out += static_cast<char>(v | 0x80);
    v >>= 7;
  }
  out += static_cast<char>(v);
}

void putString(std::string& out, std::string_view s) {
  putVarint(out, s.size());
  out.append(s);
}


}  // namespace lambdalint::engine

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
  if (!file_->ok() || !file_->write(fileBytes_, memory_)) {
    fileFailed_ = true;
    return false;
  }
  fileBytes_ += memory_.size();
  memory_.clear();  // keeps its capacity: the buffer is reused, never grown past the budget
  return true;
}

RecordLog::Span RecordLog::append(std::string_view bytes) {
  if (memory_.size() + bytes.size() > budget_ && !memory_.empty()) spill();
  Span span{fileBytes_ + memory_.size(), bytes.size()};
  if (bytes.size() > budget_ && !fileFailed_ && memory_.empty()) {
    // Larger than the whole budget: straight to the file.
    if (!file_) file_ = std::make_unique<File>();
    if (file_->ok() && file_->write(fileBytes_, bytes)) {
      fileBytes_ += bytes.size();
      return span;
    }
    fileFailed_ = true;
  }
  // Grown by doubling up to the budget, not reserved whole at once: a run with few findings
  // then touches little fresh memory (with 2 MiB pages, an 8 MB reservation cost a 2 MiB
  // page fault even for one finding), and the copies made in growing add up to less than
  // the log's own size.
  if (memory_.size() + bytes.size() > memory_.capacity() && !fileFailed_)
    memory_.reserve(std::min(budget_, std::max({size_t{64} << 10, 2 * memory_.capacity(),
                                                 memory_.size() + bytes.size()})));
  memory_.append(bytes);
  return span;
}

bool RecordLog::inMemory(const Span& span) const { return span.offset >= fileBytes_; }

std::string_view RecordLog::view(const Span& span) const {
  return std::string_view(memory_).substr(span.offset - fileBytes_, span.bytes);
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

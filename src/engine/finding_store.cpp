#include "lambdalint/engine/finding_store.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <mutex>
#include <queue>
#include <string_view>
#include <unordered_map>


#include "engine/record_log.hpp"

namespace lambdalint {

void FindingList::forEach(const Visitor& visit) const {
  for (const Finding& f : findings_) {
    Finding copy = f;
    visit(copy);
  }
}

void FilteredFindings::forEach(const Visitor& visit) const {
  source_.forEach([&](Finding& f) {
    if (step_(f)) visit(f);
  });
}

namespace {

// ---- A finding as bytes: varints and length-prefixed strings, nothing shared. ----

using engine::putString;
using engine::putVarint;

// Each record starts with its length in 4 bytes, little-endian, written once the record is.
constexpr size_t kLengthBytes = 4;

void putFixedLength(std::string& out, size_t at, size_t length) {
  for (size_t i = 0; i < kLengthBytes; ++i) out[at + i] = static_cast<char>((length >> (8 * i)) & 0xff);
}

size_t fixedLength(std::string_view bytes) {
  size_t n = 0;
  for (size_t i = 0; i < kLengthBytes; ++i) n |= size_t{static_cast<unsigned char>(bytes[i])} << (8 * i);
  return n;
}

void putLocation(std::string& out, const ReportedLocation& l) {
  putString(out, l.file);
  putVarint(out, l.range.begin.line);
  putVarint(out, l.range.begin.column);
  putVarint(out, l.range.end.line);
  putVarint(out, l.range.end.column);
  putString(out, l.snippet);
  putString(out, l.message);
}

void putFinding(std::string& out, const Finding& f) {
  putString(out, f.ruleId);
  out += static_cast<char>(f.severity);
  putString(out, f.message);
  putLocation(out, f.location);
  putVarint(out, f.related.size());
  for (const ReportedLocation& r : f.related) putLocation(out, r);
  putString(out, f.fixDescription);
  putVarint(out, f.fix.size());
  for (const Replacement& r : f.fix) {
    putLocation(out, r.where);
    putString(out, r.text);
  }
  out += static_cast<char>(f.suppression ? 1 : 0);
  if (f.suppression) {
    putString(out, f.suppression->kind);
    putString(out, f.suppression->justification);
  }
  out += static_cast<char>(f.baselineState);
}

// Reads what putFinding wrote.
class Reader : public engine::RecordReader {
 public:
  using RecordReader::RecordReader;
  void location(ReportedLocation& l) {
    string(l.file);
    l.range.begin.line = static_cast<uint32_t>(varint());
    l.range.begin.column = static_cast<uint32_t>(varint());
    l.range.end.line = static_cast<uint32_t>(varint());
    l.range.end.column = static_cast<uint32_t>(varint());
    string(l.snippet);
    string(l.message);
  }
  void finding(Finding& f) {
    string(f.ruleId);
    f.severity = static_cast<Severity>(byte());
    string(f.message);
    location(f.location);
    f.related.resize(varint());
    for (ReportedLocation& r : f.related) location(r);
    string(f.fixDescription);
    f.fix.resize(varint());
    for (Replacement& r : f.fix) {
      location(r.where);
      string(r.text);
    }
    f.suppression.reset();
    if (byte() != 0) {
      f.suppression.emplace();
      string(f.suppression->kind);
      string(f.suppression->justification);
    }
    f.baselineState = static_cast<BaselineState>(byte());
    f.fingerprint.clear();
  }
};

struct Run {
  std::string key;
  size_t count = 0;
  engine::RecordLog::Span span;
  Finding first;  // what findingLess compares of the run's first finding, nothing more
};

// The fields findingLess looks at.
Finding sortKeyOf(const Finding& f) {
  Finding key;
  key.location.file = f.location.file;
  key.location.range.begin = f.location.range.begin;
  key.ruleId = f.ruleId;
  key.message = f.message;
  return key;
}

// The merge's order: findingLess, ties by the run's key, then by the run's number.
bool mergedBefore(const Finding& a, const Run& ra, size_t ia, const Finding& b, const Run& rb,
                  size_t ib) {
  if (findingLess(a, b)) return true;
  if (findingLess(b, a)) return false;
  return ra.key != rb.key ? ra.key < rb.key : ia < ib;
}

using LineKey = std::pair<std::string, uint32_t>;

}  // namespace

struct FindingStore::State {
  mutable std::mutex mutex;
  engine::RecordLog log;
  std::vector<Run> runs;
  size_t count = 0;
  std::map<LineKey, std::string> masked;  // lines with a '*' in a snippet: the union

  explicit State(size_t budget) : log(budget) {}

  void noteMasks(const ReportedLocation& l) {
    if (l.snippet.find('*') == std::string::npos) return;
    auto [it, inserted] = masked.try_emplace({l.file, l.range.begin.line}, l.snippet);
    if (inserted || it->second.size() != l.snippet.size()) return;
    for (size_t i = 0; i < l.snippet.size(); ++i)
      if (l.snippet[i] == '*') it->second[i] = '*';
  }
};

FindingStore::FindingStore(size_t memoryBudget) : state_(std::make_unique<State>(memoryBudget)) {}
FindingStore::~FindingStore() = default;
FindingStore::FindingStore(FindingStore&&) noexcept = default;
FindingStore& FindingStore::operator=(FindingStore&&) noexcept = default;

void FindingStore::add(const std::string& key, std::vector<Finding> findings) {
  if (findings.empty()) return;
  // Sorted by index, not by moving the findings; each record is written in place behind a
  // fixed-width length that is filled in afterwards.
  std::vector<uint32_t> order(findings.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return findingLess(findings[a], findings[b]); });
  std::string bytes;
  bytes.reserve(findings.size() * 256);
  for (uint32_t i : order) {
    size_t at = bytes.size();
    bytes.append(kLengthBytes, '\0');
    putFinding(bytes, findings[i]);
    putFixedLength(bytes, at, bytes.size() - at - kLengthBytes);
  }
  Finding first = sortKeyOf(findings[order.front()]);
  std::lock_guard lock(state_->mutex);
  State& s = *state_;
  for (const Finding& f : findings) {
    s.noteMasks(f.location);
    for (const ReportedLocation& r : f.related) s.noteMasks(r);
  }
  s.runs.push_back(Run{key, findings.size(), s.log.append(bytes), std::move(first)});
  s.count += findings.size();
}

size_t FindingStore::size() const {
  std::lock_guard lock(state_->mutex);
  return state_->count;
}

bool FindingStore::spilled() const {
  std::lock_guard lock(state_->mutex);
  return state_->log.spilled();
}

namespace {

// Walks one run record by record, from memory or through a small window on the file.
class RunCursor {
 public:
  RunCursor(const Run& run, size_t index, const engine::RecordLog& log, size_t window)
      : run_(&run), index_(index), log_(&log), window_(window), left_(run.count),
        inFile_(!log.inMemory(run.span)) {
    if (!inFile_) view_ = log.view(run.span);
  }

  bool next() {
    if (left_ == 0) return false;
    --left_;
    Reader(record()).finding(head);
    return true;
  }

  const Run& run() const { return *run_; }
  size_t index() const { return index_; }
  Finding head;

 private:
  // The next record's bytes; a run in the file is read a window at a time.
  std::string_view record() {
    if (inFile_) {
      if (pos_ + kLengthBytes > buffer_.size()) refill(kLengthBytes);
      size_t n = fixedLength(std::string_view(buffer_).substr(pos_));
      if (pos_ + kLengthBytes + n > buffer_.size()) refill(kLengthBytes + n);
    }
    std::string_view from = inFile_ ? std::string_view(buffer_) : view_;
    size_t n = fixedLength(from.substr(pos_));
    std::string_view rec = from.substr(pos_ + kLengthBytes, n);
    pos_ += kLengthBytes + n;
    return rec;
  }

  // Drops the bytes already read and reads on, so that at least `need` bytes (or what is
  // left of the run) follow pos_.
  void refill(size_t need) {
    buffer_.erase(0, pos_);
    pos_ = 0;
    size_t target = std::max(window_, need);
    if (buffer_.size() >= target) return;
    size_t want = static_cast<size_t>(
        std::min<uint64_t>(run_->span.bytes - fileRead_, target - buffer_.size()));
    size_t old = buffer_.size();
    buffer_.resize(old + want);
    log_->read(run_->span.offset + fileRead_, buffer_.data() + old, want);
    fileRead_ += want;
  }

  const Run* run_;
  size_t index_;
  const engine::RecordLog* log_;
  size_t window_;
  size_t left_;
  bool inFile_;
  std::string_view view_;  // a run in memory
  std::string buffer_;     // a run in the file: the window
  size_t pos_ = 0;
  uint64_t fileRead_ = 0;
};

bool cursorAfter(const RunCursor* a, const RunCursor* b) {  // min-heap order
  return mergedBefore(b->head, b->run(), b->index(), a->head, a->run(), a->index());
}

// Stable across unrelated edits: no line numbers, only what the finding is about and the
// text of its line, plus an occurrence counter for identical lines. Findings come in file
// order, so the counters restart with each file.
class Fingerprinter {
 public:
  void assign(Finding& f) {
    if (f.location.file != file_) {
      file_ = f.location.file;
      occurrences_.clear();
    }
    std::string_view line = f.location.snippet;
    size_t b = line.find_first_not_of(" \t");
    size_t e = line.find_last_not_of(" \t\r");
    line = b == std::string_view::npos ? std::string_view() : line.substr(b, e - b + 1);
    uint64_t h = 1469598103934665603ull;  // FNV-1a: stable across platforms and versions
    auto hash = [&h](std::string_view s) {
      for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    };
    hash(f.ruleId);
    hash(std::string_view("\0", 1));
    hash(f.location.file);
    hash(std::string_view("\0", 1));
    hash(line);
    key_.assign(f.ruleId).append(1, '\0').append(line);  // the file is the same until reset
    // "<16 hex digits>:<occurrence>", written by hand: fmt's format parsing cost more than
    // the hash. The buffer the replayed finding brought along is kept.
    static constexpr char kHex[] = "0123456789abcdef";
    char text[16 + 1 + 12];
    for (int i = 15; i >= 0; --i, h >>= 4) text[i] = kHex[h & 0xf];
    text[16] = ':';
    char* end = std::to_chars(text + 17, text + sizeof text, ++occurrences_[key_]).ptr;
    f.fingerprint.assign(text, end);
  }

 private:
  std::string file_;
  std::string key_;
  std::unordered_map<std::string, int> occurrences_;
};

}  // namespace

void FindingStore::forEach(const Visitor& visit) const {
  const State& s = *state_;
  size_t fileRuns = 0;
  for (const Run& r : s.runs) fileRuns += s.log.inMemory(r.span) ? 0 : 1;
  size_t window =
      std::clamp<size_t>(s.log.memoryBudget() / std::max<size_t>(1, fileRuns), 1024, 256 * 1024);

  // A run is opened only when the merge reaches its first finding, and closed when it is
  // done: runs of different folders hardly overlap, so few cursors are open at once.
  std::vector<size_t> byStart(s.runs.size());
  for (size_t i = 0; i < byStart.size(); ++i) byStart[i] = i;
  std::sort(byStart.begin(), byStart.end(), [&](size_t a, size_t b) {
    return mergedBefore(s.runs[a].first, s.runs[a], a, s.runs[b].first, s.runs[b], b);
  });
  size_t pending = 0;
  std::vector<std::unique_ptr<RunCursor>> cursors(s.runs.size());
  std::priority_queue<RunCursor*, std::vector<RunCursor*>, decltype(&cursorAfter)> heap(cursorAfter);
  auto openRunsStartingBy = [&]() {
    while (pending < byStart.size() &&
           (heap.empty() || !findingLess(heap.top()->head, s.runs[byStart[pending]].first))) {
      size_t i = byStart[pending++];
      cursors[i] = std::make_unique<RunCursor>(s.runs[i], i, s.log, window);
      cursors[i]->next();  // a run has at least one finding
      heap.push(cursors[i].get());
    }
  };

  // A secret masked in one snippet (FindingBuilder::maskSecret) is masked in every other
  // snippet of that line too; masking keeps the line's length.
  auto mask = [&](ReportedLocation& l) {
    auto it = s.masked.find(LineKey{l.file, l.range.begin.line});
    if (it != s.masked.end() && it->second.size() == l.snippet.size()) l.snippet = it->second;
  };
  Fingerprinter fingerprints;
  Finding out;
  for (openRunsStartingBy(); !heap.empty(); openRunsStartingBy()) {
    RunCursor* c = heap.top();
    heap.pop();
    std::swap(out, c->head);  // the cursor decodes its next finding into out's old buffers
    if (c->next()) heap.push(c);
    else cursors[c->index()].reset();
    if (!s.masked.empty()) {
      mask(out.location);
      for (ReportedLocation& r : out.related) mask(r);
    }
    fingerprints.assign(out);
    visit(out);
  }
}

std::vector<Finding> FindingStore::all() const {
  std::vector<Finding> out;
  forEach([&](Finding& f) { out.push_back(std::move(f)); });
  return out;
}

}  // namespace lambdalint

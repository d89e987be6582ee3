// RecordLog gives back every record it was given, wherever the bytes ended up: in one of its
// memory chunks, or in the temporary file once past the budget.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "engine/record_log.hpp"

namespace {

using lambdalint::engine::RecordLog;

void checkRoundTrip(size_t budget, size_t records, size_t largest) {
  RecordLog log(budget);
  std::mt19937 random(7);
  std::vector<std::pair<RecordLog::Span, std::string>> written;
  for (size_t i = 0; i < records; ++i) {
    size_t size = random() % (largest + 1);
    std::string bytes(size, '\0');
    for (char& c : bytes) c = static_cast<char>('a' + random() % 26);
    written.emplace_back(log.append(bytes), bytes);
  }
  uint64_t expectedOffset = 0;
  for (const auto& [span, bytes] : written) {
    EXPECT_EQ(span.offset, expectedOffset);
    expectedOffset += bytes.size();
    EXPECT_EQ(log.bytes(span), bytes);
    if (log.inMemory(span)) EXPECT_EQ(log.view(span), bytes);
  }
}

TEST(RecordLog, KeepsRecordsAcrossMemoryChunks) {
  checkRoundTrip(64u << 20, 3000, 3000);  // several chunks of 64 kB, 128 kB...
  checkRoundTrip(64u << 20, 20, 3u << 20);  // records larger than a chunk
}

TEST(RecordLog, KeepsRecordsMovedToTheFile) {
  checkRoundTrip(100000, 2000, 5000);  // past the budget: spilled, then in memory again
  checkRoundTrip(1000, 200, 3000);     // records larger than the whole budget
}

}  // namespace

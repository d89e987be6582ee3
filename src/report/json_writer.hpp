#pragma once
// Writes pretty-printed JSON straight to a stream, in the layout nlohmann::json::dump(2)
// gives, without building a document first: building an ordered_json tree of every finding
// took a fifth of a run's CPU on a corpus of small templates.
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace lambdalint::report::detail {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) { buffer_.reserve(kChunk + 4096); }
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void beginObject() { open('{'); }
  void endObject() { close('}'); }
  void beginArray() { open('['); }
  void endArray() { close(']'); }
  // The key of the next value in the current object.
  void key(std::string_view name);

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(bool b);
  void value(int64_t n);
  void value(uint64_t n);
  void value(int n) { value(static_cast<int64_t>(n)); }
  void value(uint32_t n) { value(static_cast<uint64_t>(n)); }

  // A key and its value in one call.
  template <typename T>
  void field(std::string_view name, const T& v) {
    key(name);
    value(v);
  }

  // Hands what is buffered to the stream (the destructor does too).
  void flush();

 private:
  // The text is built in a string and handed to the stream in chunks of about this size:
  // one ostream call per character or token cost more than the JSON itself.
  static constexpr size_t kChunk = 64 * 1024;

  struct Level {
    char closer;
    bool empty = true;
  };
  void open(char opener);
  void close(char closer);
  void beforeValue();
  void newline();

  std::ostream& out_;
  std::string buffer_;
  std::vector<Level> levels_;
  bool afterKey_ = false;
};

// Appends `s` as a JSON string literal: quotes, escapes, and U+FFFD for bytes that are not UTF-8.
void writeJsonString(std::string& out, std::string_view s);

}  // namespace lambdalint::report::detail

#include "report/json_writer.hpp"

#include <charconv>

#include "report/common.hpp"

namespace lambdalint::report::detail {

void writeJsonString(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  size_t plainStart = 0;
  auto flush = [&](size_t upTo) {
    if (upTo > plainStart) out.append(s.data() + plainStart, upTo - plainStart);
  };
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      size_t len = utf8Length(s, i);
      if (len > 0) {
        i += len;
        continue;
      }
      flush(i);
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      plainStart = ++i;
      continue;
    }
    flush(i);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
        break;
    }
    plainStart = ++i;
  }
  flush(s.size());
  out += '"';
}

void JsonWriter::flush() {
  if (buffer_.empty()) return;
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

void JsonWriter::newline() {
  if (buffer_.size() >= kChunk) flush();  // between values: a chunk ends at a line's end
  buffer_ += '\n';
  buffer_.append(2 * levels_.size(), ' ');
}

void JsonWriter::beforeValue() {
  if (afterKey_) {
    afterKey_ = false;
    return;
  }
  if (levels_.empty()) return;
  if (!levels_.back().empty) buffer_ += ',';
  levels_.back().empty = false;
  newline();
}

void JsonWriter::key(std::string_view name) {
  beforeValue();
  writeJsonString(buffer_, name);
  buffer_ += ": ";
  afterKey_ = true;
}

void JsonWriter::open(char opener) {
  beforeValue();
  buffer_ += opener;
  levels_.push_back(Level{opener == '{' ? '}' : ']'});
}

void JsonWriter::close(char closer) {
  bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) newline();
  buffer_ += closer;
}

void JsonWriter::value(std::string_view s) {
  beforeValue();
  writeJsonString(buffer_, s);
}

void JsonWriter::value(bool b) {
  beforeValue();
  buffer_ += b ? "true" : "false";
}

void JsonWriter::value(int64_t n) {
  beforeValue();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
  buffer_.append(buf, end);
}

void JsonWriter::value(uint64_t n) {
  beforeValue();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
  buffer_.append(buf, end);
}

}  // namespace lambdalint::report::detail

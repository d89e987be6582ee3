#include "report/json_writer.hpp"

#include <charconv>

#include "report/common.hpp"

namespace lambdalint::report::detail {

void writeJsonString(std::ostream& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.put('"');
  size_t plainStart = 0;
  auto flush = [&](size_t upTo) {
    if (upTo > plainStart) out.write(s.data() + plainStart, static_cast<std::streamsize>(upTo - plainStart));
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
      out << "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
      plainStart = ++i;
      continue;
    }
    flush(i);
    switch (c) {
      case '"': out << "\\\""; break;
      case '\\': out << "\\\\"; break;
      case '\b': out << "\\b"; break;
      case '\f': out << "\\f"; break;
      case '\n': out << "\\n"; break;
      case '\r': out << "\\r"; break;
      case '\t': out << "\\t"; break;
      default: out << "\\u00" << kHex[c >> 4] << kHex[c & 0xF]; break;
    }
    plainStart = ++i;
  }
  flush(s.size());
  out.put('"');
}

void JsonWriter::newline() {
  out_.put('\n');
  for (size_t i = 0; i < levels_.size(); ++i) out_ << "  ";
}

void JsonWriter::beforeValue() {
  if (afterKey_) {
    afterKey_ = false;
    return;
  }
  if (levels_.empty()) return;
  if (!levels_.back().empty) out_.put(',');
  levels_.back().empty = false;
  newline();
}

void JsonWriter::key(std::string_view name) {
  beforeValue();
  writeJsonString(out_, name);
  out_ << ": ";
  afterKey_ = true;
}

void JsonWriter::open(char opener) {
  beforeValue();
  out_.put(opener);
  levels_.push_back(Level{opener == '{' ? '}' : ']'});
}

void JsonWriter::close(char closer) {
  bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) newline();
  out_.put(closer);
}

void JsonWriter::value(std::string_view s) {
  beforeValue();
  writeJsonString(out_, s);
}

void JsonWriter::value(bool b) {
  beforeValue();
  out_ << (b ? "true" : "false");
}

void JsonWriter::value(int64_t n) {
  beforeValue();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
  out_.write(buf, end - buf);
}

void JsonWriter::value(uint64_t n) {
  beforeValue();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
  out_.write(buf, end - buf);
}

}  // namespace lambdalint::report::detail

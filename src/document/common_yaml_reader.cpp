// Our own reader for the YAML that templates are written in: block mappings and sequences,
// plain, quoted and block scalars, flow collections (so JSON), tags, anchors and aliases, one
// document. It is several times faster than libfyaml's event parser because it produces the
// TreeBuilder's calls straight from the bytes, tracking lines as it goes. It is strict: at
// the first construct outside that subset, or anything that might not be valid YAML, it
// declines (throws Decline) and parseDocument reads the file again with libfyaml, which then
// also reports the errors. tests/document/common_yaml_reader_test.cpp and fuzz_yaml_readers
// check that both readers build the same document wherever this one accepts the text.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "document/utf8.hpp"
#include "document/yaml_readers.hpp"

namespace lambdalint::doc {
namespace {

struct Decline {};

[[noreturn]] void decline() { throw Decline{}; }

bool isFlowIndicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

// Characters YAML does not allow, or reads as line breaks or byte order marks, which the
// reader would otherwise take as text: C0 controls but tab and line breaks, DEL, C1 controls
// (NEL among them), U+2028 and U+2029, U+FEFF, U+FFFE and U+FFFF. The text is valid UTF-8
// (checkReadableText).
bool hasNonPrintable(const std::string& s) {
  const auto* b = reinterpret_cast<const unsigned char*>(s.data());
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  for (size_t i = 0, n = s.size(); i < n; ++i) {
    // Eight bytes at a time while none is below 0x20 or above 0x7E (the test may flag a
    // word that has none: the bytes are then looked at one by one).
    for (uint64_t w; i + 8 <= n; i += 8) {
      std::memcpy(&w, b + i, 8);
      if (((w - 0x20 * kOnes) | (w + kOnes)) & kHigh) break;
    }
    if (i >= n) break;
    unsigned char c = b[i];
    if (c >= 0x20 && c < 0x7F) continue;
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c < 0x80) return true;  // other C0 controls and DEL
    unsigned char c1 = i + 1 < n ? b[i + 1] : 0, c2 = i + 2 < n ? b[i + 2] : 0;
    if (c == 0xC2 && c1 < 0xA0) return true;
    if (c == 0xE2 && c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9)) return true;
    if (c == 0xEF && ((c1 == 0xBB && c2 == 0xBF) || (c1 == 0xBF && c2 >= 0xBE))) return true;
  }
  return false;
}

// Tag and anchor properties written before a node.
struct Props {
  std::string tag;        // as libfyaml resolves it: "!Ref", "tag:yaml.org,2002:str"
  size_t tagBegin = 0, tagEnd = 0;
  std::string_view anchor;
  size_t begin = SIZE_MAX;  // where the first property starts
  bool empty() const { return begin == SIZE_MAX; }
};

// One line of a plain scalar: [begin, end) trimmed; `stop` is where scanning stopped.
struct PlainLine {
  size_t begin, end, stop;
  bool keyIndicator;  // stopped at a `:` followed by a space or the line's end
};

class CommonReader {
 public:
  CommonReader(const SourceFile& file, TreeBuilder& builder)
      : file_(file), s_(file.content()), builder_(builder) {}

  void read() {
    if (hasNonPrintable(s_)) decline();
    if (!firstContentLine()) decline();                                     // no document
    if (s_[p_] == '%' || atMarker("...")) decline();  // directives, an ended document
    if (atMarker("---")) {
      p_ += 3;
      skipSpaces();
      if (!atLineEnd()) decline();  // `--- value`
      if (!nextContentLine()) decline();
    }
    if (indent_ != 0) decline();
    char c = s_[p_];
    if (c == '{' || c == '[') {
      flowNode(-1, Props{});
      finishLine();
    } else if (isSequenceEntry(p_)) {
      blockSequence(0, Props{});
    } else if (scanKey(p_)) {
      blockMapping(0, Props{});
    } else {
      decline();  // a scalar document
    }
    if (!eof() && atMarker("...")) {
      p_ += 3;
      finishLine();
    }
    if (!eof()) decline();  // a second document, or text the structure above did not take
  }

 private:
  // --- the cursor -------------------------------------------------------------------------
  bool eof() const { return p_ >= s_.size(); }
  char cur() const { return p_ < s_.size() ? s_[p_] : '\n'; }
  char peek(size_t i) const { return i < s_.size() ? s_[i] : '\n'; }
  bool isBreak(size_t i) const { return i >= s_.size() || s_[i] == '\n' || s_[i] == '\r'; }
  bool isBlankOrBreak(size_t i) const { return isBreak(i) || s_[i] == ' '; }

  Position pos(size_t offset) const {
    if (offset >= lineStart_)
      return Position{line_, static_cast<uint32_t>(offset - lineStart_ + 1)};
    return file_.positionAt(offset);  // the start of a token spanning lines
  }
  SourceRange range(size_t begin, size_t end) const { return SourceRange{pos(begin), pos(end)}; }
  // Without a tag: the file's start, as libfyaml reports it, without looking up offset 0.
  SourceRange tagRange(const Props& props) const {
    if (props.tag.empty()) return SourceRange{{1, 1}, {1, 1}};
    return range(props.tagBegin, props.tagEnd);
  }

  // Where the cursor is, to come back to after looking ahead.
  struct Mark {
    size_t p, lineStart;
    uint32_t line;
  };
  Mark mark() const { return Mark{p_, lineStart_, line_}; }
  void reset(const Mark& m) { p_ = m.p, lineStart_ = m.lineStart, line_ = m.line; }

  // Steps over the line break at the cursor. A lone CR is a line break to YAML but not to
  // SourceFile's positions: declined.
  void newline() {
    if (eof()) return;
    if (s_[p_] == '\r') {
      if (peek(p_ + 1) != '\n') decline();
      ++p_;
    }
    ++p_;
    ++line_;
    lineStart_ = p_;
  }

  void skipSpaces() {
    while (p_ < s_.size() && s_[p_] == ' ') ++p_;
    if (p_ < s_.size() && s_[p_] == '\t') decline();
  }

  // At the end of the line's content: its break, the end of the file, or a comment.
  bool atLineEnd() const {
    return isBreak(p_) || (s_[p_] == '#' && (p_ == lineStart_ || s_[p_ - 1] == ' '));
  }

  bool atMarker(const char* marker) const {
    return p_ == lineStart_ && s_.compare(p_, 3, marker) == 0 && isBlankOrBreak(p_ + 3);
  }
  bool atDocumentMarker() const { return atMarker("---") || atMarker("..."); }

  // From the start of a line: skips blank and comment lines up to the first content, where
  // it leaves the cursor with indent_ set. False at the end of the file.
  bool firstContentLine() {
    for (;;) {
      while (p_ < s_.size() && s_[p_] == ' ') ++p_;
      if (eof()) return false;
      char c = s_[p_];
      if (c == '\t') decline();
      if (c == '#') {
        while (!isBreak(p_)) ++p_;
      }
      if (isBreak(p_)) {
        newline();
        continue;
      }
      indent_ = static_cast<int>(p_ - lineStart_);
      return true;
    }
  }

  // From the end of a line's content (break or comment): to the next content line.
  bool nextContentLine() {
    while (!isBreak(p_)) ++p_;
    if (eof()) return false;
    newline();
    return firstContentLine();
  }

  // After a node that ends its line: only spaces and a comment may follow.
  void finishLine() {
    skipSpaces();
    if (!atLineEnd()) decline();
    nextContentLine();
  }

  // --- block structure --------------------------------------------------------------------
  bool isSequenceEntry(size_t i) const { return s_[i] == '-' && isBlankOrBreak(i + 1); }

  // A mapping key on this line: a plain or single-line quoted scalar followed by `:` and a
  // space or the line's end. Sets key_ when found.
  struct Key {
    size_t begin, end, colon;  // end: after the text (after the closing quote when quoted)
    bool quoted;
  };
  Key key_{};

  bool scanKey(size_t i) {
    char c = s_[i];
    if (c == '"' || c == '\'') {
      size_t close = i + 1;
      for (; !isBreak(close); ++close) {
        if (c == '"' && s_[close] == '\\') {
          ++close;
          if (isBreak(close)) return false;
        } else if (s_[close] == c) {
          if (c == '\'' && peek(close + 1) == '\'') {
            ++close;
            continue;
          }
          break;
        }
      }
      if (isBreak(close)) return false;
      size_t colon = close + 1;
      while (peek(colon) == ' ') ++colon;
      if (peek(colon) != ':' || !isBlankOrBreak(colon + 1)) return false;
      key_ = Key{i, close + 1, colon, true};
      return true;
    }
    if (!canStartPlain(i, false)) return false;
    PlainLine line = plainLine(i, false);
    if (!line.keyIndicator || line.end - line.begin > 1024) return false;
    key_ = Key{line.begin, line.end, line.stop, false};
    return true;
  }

  // A block mapping whose first key is at the cursor (and in key_), indented `indent`.
  void blockMapping(int indent, const Props& props) {
    builder_.open(NodeKind::Mapping, pos(std::min(p_, props.begin)), props.tag,
                  tagRange(props), props.anchor);
    for (;;) {
      Key key = key_;
      keyScalar(key);
      p_ = key.colon + 1;
      lastKeyEnd_ = key.quoted ? key.end - 1 : key.end;  // libfyaml: before a closing quote
      value(indent);
      if (eof() || indent_ < indent || atDocumentMarker()) break;
      if (indent_ > indent || !scanKey(p_)) decline();
    }
    builder_.close();
  }

  // A block sequence whose first `-` is at the cursor, indented `indent`.
  void blockSequence(int indent, const Props& props) {
    builder_.open(NodeKind::Sequence, pos(std::min(p_, props.begin)), props.tag,
                  tagRange(props), props.anchor);
    for (;;) {
      ++p_;  // the `-`
      skipSpaces();
      if (atLineEnd()) {
        if (!nextContentLine() || indent_ <= indent) decline();  // an empty entry
        blockNode(indent, Props{});
      } else {
        inlineEntry(indent);
      }
      if (eof() || indent_ < indent || atDocumentMarker()) break;
      if (indent_ > indent || !isSequenceEntry(p_)) {
        if (indent_ > indent || !scanKey(p_)) decline();
        break;  // the next key of the mapping this sequence is the value of
      }
    }
    builder_.close();
  }

  // A sequence entry written on the `-` line: a compact mapping, a nested sequence, or a
  // node.
  void inlineEntry(int seqIndent) {
    int column = static_cast<int>(p_ - lineStart_);
    if (isSequenceEntry(p_)) return blockSequence(column, Props{});
    if (scanKey(p_)) return blockMapping(column, Props{});
    Props props = properties();
    if (atLineEnd()) {
      if (props.empty() || !nextContentLine() || indent_ <= seqIndent) decline();
      return blockNode(seqIndent, props);
    }
    inlineNode(seqIndent, props);
    finishLine();
  }

  // The value after `key:` (cursor after the colon), in a mapping indented `indent`.
  void value(int indent) {
    skipSpaces();
    Props props = properties();
    if (!atLineEnd()) {
      inlineNode(indent, props);
      finishLine();
      return;
    }
    bool more = nextContentLine();
    if (more && indent_ > indent) return blockNode(indent, props);
    if (more && indent_ == indent && isSequenceEntry(p_))
      return blockSequence(indent, props);  // `key:` then `- item` at the key's indentation
    if (!props.empty()) decline();  // a tagged empty value
    Position at = pos(lastKeyEnd_);
    builder_.null(SourceRange{at, at}, {});
  }

  // A node starting a line of its own, indented deeper than its parent's `parentIndent`.
  void blockNode(int parentIndent, Props props) {
    if (cur() == '!' || cur() == '&') {  // properties starting the line: `key:\n  !Sub |`
      if (!props.empty()) decline();
      props = properties();
      if (atLineEnd()) {
        if (!nextContentLine() || indent_ <= parentIndent) decline();
        if (cur() == '!' || cur() == '&') decline();
        return blockNode(parentIndent, props);
      }
      inlineNode(parentIndent, props);
      return finishLine();
    }
    if (isSequenceEntry(p_)) return blockSequence(indent_, props);
    if (scanKey(p_)) return blockMapping(indent_, props);
    inlineNode(parentIndent, props);
    finishLine();
  }

  // `!tag` and `&anchor` before a node; the cursor ends on the node (or the line's end).
  Props properties() {
    Props props;
    for (;;) {
      char c = cur();
      if (c != '!' && c != '&') return props;
      size_t begin = p_;
      ++p_;
      if (c == '!') {
        props.begin = std::min(props.begin, begin);
        if (!props.tag.empty()) decline();
        bool secondary = cur() == '!';
        if (secondary) ++p_;
        size_t name = p_;
        while (!eof() && (std::isalnum(static_cast<unsigned char>(s_[p_])) || s_[p_] == '_' ||
                          s_[p_] == '-' || s_[p_] == '.' || s_[p_] == ':'))
          ++p_;
        if (p_ == name) decline();  // `!`, `!<...>`, `!handle!x`
        props.tag = secondary ? "tag:yaml.org,2002:" : "!";
        props.tag.append(s_, name, p_ - name);
        props.tagBegin = begin;
        props.tagEnd = p_;
      } else {
        if (!props.anchor.empty()) decline();
        size_t name = p_;
        while (!isBlankOrBreak(p_) && !isFlowIndicator(s_[p_]) && s_[p_] != '\t') ++p_;
        if (p_ == name) decline();
        props.begin = std::min(props.begin, name);  // libfyaml's anchor token: the name
        props.anchor = std::string_view(s_).substr(name, p_ - name);
      }
      if (!isBlankOrBreak(p_)) decline();  // `!Tag,` and the like
      skipSpaces();
    }
  }

  // A node written from the cursor on: alias, quoted, block or plain scalar, or flow
  // collection. `parentIndent`: its lines after the first must be indented deeper.
  void inlineNode(int parentIndent, const Props& props) {
    char c = cur();
    switch (c) {
      case '*': return alias(props);
      case '"':
      case '\'': return quotedScalar(props);
      case '|':
      case '>': return blockScalar(parentIndent, props);
      case '[':
      case '{': return flowNode(parentIndent, props);
      default: break;
    }
    if (!canStartPlain(p_, false)) decline();
    plainScalar(parentIndent, props);
  }

  void alias(const Props& props) {
    if (!props.empty()) decline();
    size_t begin = p_++;
    while (!isBlankOrBreak(p_) && !isFlowIndicator(s_[p_]) && s_[p_] != '\t') ++p_;
    if (p_ == begin + 1) decline();
    builder_.alias(std::string_view(s_).substr(begin + 1, p_ - begin - 1), pos(begin + 1));
  }

  // --- scalars ----------------------------------------------------------------------------
  void emit(size_t begin, size_t end, std::string_view text, bool plain, const Props& props) {
    if (plain && props.tag.empty() && isPlainNull(text)) {
      builder_.null(range(begin, end), props.anchor);
      return;
    }
    builder_.scalar(ScalarEvent{range(begin, end), text, !plain, props.tag,
                                tagRange(props), props.anchor});
  }

  void keyScalar(const Key& key) {
    if (key.quoted) {
      p_ = key.begin;
      quotedScalar(Props{});  // on one line (scanKey saw its closing quote)
    } else {
      emit(key.begin, key.end, std::string_view(s_).substr(key.begin, key.end - key.begin), true,
           Props{});
    }
  }

  bool canStartPlain(size_t i, bool flow) const {
    char c = s_[i];
    switch (c) {
      case ':':
        if (flow) return false;  // in flow context libfyaml may read it as a value indicator
        [[fallthrough]];
      case '-':
        return !isBlankOrBreak(i + 1) && peek(i + 1) != '\t' && !(flow && isFlowIndicator(peek(i + 1)));
      case '?': case ',': case '[': case ']': case '{': case '}': case '#': case '&':
      case '*': case '!': case '|': case '>': case '\'': case '"': case '%': case '@': case '`':
      case '\t': case ' ': case '\r': case '\n':
        return false;
      default: return true;
    }
  }

  // One line of plain text from `i`: up to a comment, a `: `, the line's end (or in flow
  // context a flow indicator or `:` before one).
  PlainLine plainLine(size_t i, bool flow) const {
    size_t begin = i;
    bool key = false;
    for (; !isBreak(i); ++i) {
      char c = s_[i];
      if (c == '\t') throw Decline{};
      if (c == '#' && s_[i - 1] == ' ') break;
      if (c == ':' && (isBlankOrBreak(i + 1) || (flow && isFlowIndicator(peek(i + 1))))) {
        key = true;
        break;
      }
      if (flow && isFlowIndicator(c)) break;
    }
    size_t end = i;
    while (end > begin && s_[end - 1] == ' ') --end;
    return PlainLine{begin, end, i, key};
  }

  void plainScalar(int parentIndent, const Props& props) {
    PlainLine first = plainLine(p_, false);
    if (first.keyIndicator) decline();  // `a: b: c`
    p_ = first.stop;
    size_t end = first.end;
    // Continuation lines: deeper than the parent, folded into one line.
    Mark afterText = mark();
    buf_.clear();
    bool folded = false;
    for (;;) {
      skipSpaces();
      if (!isBreak(p_)) break;  // a comment ends the scalar
      int breaks = 0;
      while (isBreak(p_) && !eof()) {
        newline();
        ++breaks;
        while (cur() == ' ') ++p_;
        if (cur() == '\t') decline();
      }
      int indent = static_cast<int>(p_ - lineStart_);
      if (eof() || indent <= parentIndent || cur() == '#') break;
      if (indent == 0 && (atDocumentMarker())) break;
      if (!canStartPlain(p_, false)) decline();  // `- x` or `!x` deeper: a continuation?
      PlainLine next = plainLine(p_, false);
      if (next.keyIndicator || !isBreak(next.stop)) decline();  // `: ` or ` #` in a continuation
      if (!folded) buf_.assign(s_, first.begin, first.end - first.begin);
      folded = true;
      if (breaks == 1) buf_ += ' ';
      else buf_.append(static_cast<size_t>(breaks - 1), '\n');
      buf_.append(s_, next.begin, next.end - next.begin);
      end = next.end;
      p_ = next.stop;
      afterText = mark();
    }
    reset(afterText);
    std::string_view text = folded ? std::string_view(buf_)
                                   : std::string_view(s_).substr(first.begin, first.end - first.begin);
    emit(first.begin, end, text, true, props);
  }

  uint32_t hexEscape(int digits) {
    uint32_t cp = 0;
    for (int k = 0; k < digits; ++k) {
      char h = peek(++p_);
      int v = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                             : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (v < 0) decline();
      cp = cp * 16 + static_cast<uint32_t>(v);
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) decline();
    return cp;
  }

  // One escape after `\` in a double-quoted scalar (cursor on the `\`).
  void escape() {
    char e = peek(++p_);
    switch (e) {
      case '0': buf_ += '\0'; break;
      case 'a': buf_ += '\a'; break;
      case 'b': buf_ += '\b'; break;
      case 't': case '\t': buf_ += '\t'; break;
      case 'n': buf_ += '\n'; break;
      case 'v': buf_ += '\v'; break;
      case 'f': buf_ += '\f'; break;
      case 'r': buf_ += '\r'; break;
      case 'e': buf_ += '\x1b'; break;
      case ' ': buf_ += ' '; break;
      case '"': buf_ += '"'; break;
      case '/': buf_ += '/'; break;
      case '\\': buf_ += '\\'; break;
      case 'N': appendUtf8(buf_, 0x85); break;
      case '_': appendUtf8(buf_, 0xA0); break;
      case 'L': appendUtf8(buf_, 0x2028); break;
      case 'P': appendUtf8(buf_, 0x2029); break;
      case 'x': appendUtf8(buf_, hexEscape(2)); break;
      case 'u': appendUtf8(buf_, hexEscape(4)); break;
      case 'U': appendUtf8(buf_, hexEscape(8)); break;
      default: decline();  // an escaped line break, or no escape at all
    }
    ++p_;
  }

  // A quoted scalar from its opening quote. The range includes the quotes.
  void quotedScalar(const Props& props) {
    char q = s_[p_];
    size_t begin = p_++;
    size_t runStart = p_;  // text not yet copied to buf_
    bool copied = false;   // buf_ holds the text so far (escapes or line folding)
    bool folded = false, escapedQuote = false;
    buf_.clear();
    auto flush = [&] {
      if (!copied) buf_.clear();
      buf_.append(s_, runStart, p_ - runStart);
      copied = true;
    };
    for (;;) {
      if (eof()) decline();
      char c = s_[p_];
      if (c == q) {
        if (q == '\'' && peek(p_ + 1) == '\'') {
          escapedQuote = true;
          // libfyaml misreads `''` in a folded scalar, and runs of them or one right after the
          // opening quote (`'''x'`): declined, so that both readers agree.
          if (folded || s_[p_ - 1] == '\'') decline();
          flush();
          buf_ += '\'';
          p_ += 2;
          runStart = p_;
          continue;
        }
        break;
      }
      if (q == '"' && c == '\\') {
        flush();
        escape();
        runStart = p_;
        continue;
      }
      if (c == '\n' || c == '\r') {
        // Folding: trailing spaces dropped, one break a space, each blank line a newline.
        if (escapedQuote) decline();
        folded = true;
        flush();
        size_t keep = buf_.find_last_not_of(" \t");
        if (escapedTail(q)) decline();  // the kept spaces of an escape before the break
        buf_.resize(keep == std::string::npos ? 0 : keep + 1);
        int breaks = 0;
        for (;;) {
          newline();
          ++breaks;
          while (cur() == ' ' || cur() == '\t') ++p_;
          if (!isBreak(p_) || eof()) break;
        }
        // Continuation lines may be indented anyhow, as libfyaml reads them.
        if (eof() || atDocumentMarker()) decline();
        if (breaks == 1) buf_ += ' ';
        else buf_.append(static_cast<size_t>(breaks - 1), '\n');
        runStart = p_;
        continue;
      }
      ++p_;
    }
    size_t textEnd = p_;
    ++p_;  // the closing quote
    std::string_view text;
    if (copied) {
      buf_.append(s_, runStart, textEnd - runStart);
      text = buf_;
    } else {
      text = std::string_view(s_).substr(runStart, textEnd - runStart);
    }
    emit(begin, p_, text, false, props);
  }

  // Whether the text before a line break in a double-quoted scalar ends with an escape,
  // whose spaces folding must not drop; declined rather than tracked.
  bool escapedTail(char q) const {
    if (q != '"') return false;
    size_t i = p_;
    while (i > 0 && (s_[i - 1] == ' ' || s_[i - 1] == '\t')) --i;
    return i < p_ && i > 0 && s_[i - 1] == '\\';
  }

  // `|` or `>`, with an optional chomping indicator: the lines indented deeper than the
  // parent. The range runs from the header to the last character that is not blank.
  void blockScalar(int parentIndent, const Props& props) {
    size_t header = p_;
    bool literal = s_[p_++] == '|';
    char chomp = ' ';
    if (cur() == '-' || cur() == '+') chomp = s_[p_++];
    if (cur() >= '0' && cur() <= '9') decline();  // an explicit indentation
    skipSpaces();
    if (!atLineEnd()) decline();
    while (!isBreak(p_)) ++p_;
    if (eof()) decline();
    newline();
    // Leading blank lines, then the first content line sets the indentation.
    int leadingBreaks = 0;
    size_t maxBlank = 0;
    int contentIndent = -1;
    for (;;) {
      size_t spaces = 0;
      while (peek(p_ + spaces) == ' ') ++spaces;
      if (peek(p_ + spaces) == '\t') decline();
      if (p_ + spaces < s_.size() && !isBreak(p_ + spaces)) {
        contentIndent = static_cast<int>(spaces);
        break;
      }
      if (p_ + spaces >= s_.size()) break;
      maxBlank = std::max(maxBlank, spaces);
      p_ += spaces;
      newline();
      ++leadingBreaks;
    }
    if (contentIndent <= parentIndent || static_cast<int>(maxBlank) > contentIndent) decline();
    buf_.assign(static_cast<size_t>(leadingBreaks), '\n');
    size_t lastContentEnd = header + 1;
    int pendingBreaks = 0;     // line breaks after the last content line
    bool first = true, previousMoreIndented = false;
    Mark lastLineEnd = mark();
    for (;;) {
      size_t spaces = 0;
      while (peek(p_ + spaces) == ' ') ++spaces;
      bool blank = isBreak(p_ + spaces);
      if (!blank && static_cast<int>(spaces) < contentIndent) break;  // the block ends
      if (p_ + spaces >= s_.size()) {
        if (static_cast<int>(spaces) > contentIndent) decline();  // spaces ending the file
        break;
      }
      if (blank && static_cast<int>(spaces) <= contentIndent) {
        p_ += spaces;
        if (eof()) break;
        newline();
        ++pendingBreaks;
        continue;
      }
      // A content line (a blank line with extra spaces is content too, for a literal).
      size_t textBegin = p_ + static_cast<size_t>(contentIndent);
      size_t textEnd = textBegin;
      while (!isBreak(textEnd)) ++textEnd;
      // Folding joins two lines with a space (a blank line between them becomes a newline),
      // except around lines that start with white space: there every break is kept.
      bool moreIndented = blank || s_[textBegin] == ' ' || s_[textBegin] == '\t';
      // Blank lines next to a more indented line: libfyaml keeps one break fewer than the
      // YAML spec's example 8.10; declined rather than followed.
      if (!literal && !first && (moreIndented || previousMoreIndented) && pendingBreaks > 1)
        decline();
      if (literal || first || moreIndented || previousMoreIndented) {
        buf_.append(static_cast<size_t>(pendingBreaks), '\n');
      } else {
        if (pendingBreaks == 1) buf_ += ' ';
        else buf_.append(static_cast<size_t>(pendingBreaks - 1), '\n');
      }
      buf_.append(s_, textBegin, textEnd - textBegin);
      first = false;
      previousMoreIndented = moreIndented;
      size_t last = textEnd;
      while (last > textBegin && (s_[last - 1] == ' ' || s_[last - 1] == '\t')) --last;
      if (last > textBegin) lastContentEnd = last;
      p_ = textEnd;
      pendingBreaks = 0;
      lastLineEnd = mark();
      if (eof()) break;
      newline();
      pendingBreaks = 1;
    }
    // Chomping: strip drops the final breaks, clip keeps one, keep keeps them all.
    if (chomp == '+') {
      if (pendingBreaks == 0) decline();  // at the file's end without a break: rare
      buf_.append(static_cast<size_t>(pendingBreaks), '\n');
    } else if (chomp == ' ') {
      buf_ += '\n';  // libfyaml adds it at the file's end too
    }
    if (lastContentEnd == header + 1) decline();       // only blank lines
    // The cursor goes back to the end of the last content line: the caller moves on.
    reset(lastLineEnd);
    emit(header, lastContentEnd, buf_, false, props);
  }

  // --- flow collections -------------------------------------------------------------------
  // Spaces, line breaks and comments inside a flow collection. Its lines may be indented
  // anyhow, as libfyaml reads them (FYPCF_SLOPPY_FLOW_INDENTATION, like PyYAML); tabs only at
  // the top (`blockIndent` -1), where they may indent JSON.
  void flowSpace(int blockIndent) {
    for (;;) {
      char c = cur();
      if (eof()) decline();
      if (c == ' ' || (c == '\t' && blockIndent < 0)) {
        ++p_;
      } else if (c == '#' && (p_ == lineStart_ || s_[p_ - 1] == ' ' || s_[p_ - 1] == '\t')) {
        while (!isBreak(p_)) ++p_;
      } else if (c == '\n' || c == '\r') {
        newline();
        if (atDocumentMarker()) decline();
      } else {
        return;
      }
    }
  }

  void flowNode(int blockIndent, Props props) {
    if (props.empty()) {
      props = properties();
      if (!props.empty()) flowSpace(blockIndent);
    }
    char c = cur();
    if (c == '[' || c == '{') {
      bool map = c == '{';
      builder_.open(map ? NodeKind::Mapping : NodeKind::Sequence, pos(std::min(p_, props.begin)),
                    props.tag, tagRange(props), props.anchor);
      ++p_;
      char close = map ? '}' : ']';
      for (;;) {
        flowSpace(blockIndent);
        if (cur() == close) break;
        if (map) flowEntry(blockIndent);
        else flowNode(blockIndent, Props{});
        flowSpace(blockIndent);
        if (cur() == ',') {
          ++p_;
          continue;
        }
        if (cur() != close) decline();  // `[a: b]`, a missing comma
        break;
      }
      ++p_;
      builder_.close();
      return;
    }
    switch (c) {
      case '*': return alias(props);
      case '"':
      case '\'': return quotedScalar(props);
      default: break;
    }
    if (!canStartPlain(p_, true)) decline();
    PlainLine line = plainLine(p_, true);
    if (line.keyIndicator || line.end == line.begin) decline();
    p_ = line.stop;
    emit(line.begin, line.end, std::string_view(s_).substr(line.begin, line.end - line.begin),
         true, props);
    // A plain scalar continued on the next line is declined: only `,`, `]`, `}` may follow.
    size_t lineNo = line_;
    flowSpace(blockIndent);
    if (line_ != lineNo && cur() != ',' && cur() != ']' && cur() != '}') decline();
  }

  // `key: value` in a flow mapping.
  void flowEntry(int blockIndent) {
    char c = cur();
    if (c == '"' || c == '\'') {
      uint32_t keyLine = line_;
      quotedScalar(Props{});
      if (line_ != keyLine) decline();
      while (cur() == ' ') ++p_;
      if (cur() != ':') decline();
      ++p_;
    } else {
      if (!canStartPlain(p_, true)) decline();
      PlainLine line = plainLine(p_, true);
      if (!line.keyIndicator || line.end == line.begin) decline();
      emit(line.begin, line.end, std::string_view(s_).substr(line.begin, line.end - line.begin),
           true, Props{});
      p_ = line.stop + 1;
    }
    flowSpace(blockIndent);
    if (cur() == ',' || cur() == '}') decline();  // an empty value
    flowNode(blockIndent, Props{});
  }

  const SourceFile& file_;
  const std::string& s_;
  TreeBuilder& builder_;
  size_t p_ = 0;           // the cursor
  uint32_t line_ = 1;      // its 1-based line
  size_t lineStart_ = 0;   // where that line starts
  int indent_ = 0;         // indentation of the content line the cursor is on
  size_t lastKeyEnd_ = 0;  // where an empty value is placed
  std::string buf_;        // a scalar's text when it differs from the source's
};

}  // namespace

bool readCommonYaml(const SourceFile& file, TreeBuilder& builder) {
  try {
    CommonReader(file, builder).read();
    return true;
  } catch (const Decline&) {
    return false;
  }
}

}  // namespace lambdalint::doc

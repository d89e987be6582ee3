#include "lambdalint/findings/comments.hpp"

#include <cctype>
#include <string_view>

namespace lambdalint::findings {
namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (blank(s.front()) || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (blank(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool idChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; }

}  // namespace

size_t commentStart(std::string_view line) {
  char quote = 0;       // the open quote, or 0
  char previous = ' ';  // last non-blank character outside quotes (' ' at the line start)
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote == '\'') {
      if (c == '\'') {
        if (i + 1 < line.size() && line[i + 1] == '\'') ++i;  // '' is an escaped quote
        else quote = 0;
      }
      continue;
    }
    if (quote == '"') {
      if (c == '\\') ++i;
      else if (c == '"') quote = 0;
      continue;
    }
    if (c == '#' && (i == 0 || blank(line[i - 1]))) return i;
    // A quote opens a quoted scalar only where a scalar starts: at the line start or after an
    // indicator (`key: `, `- `, `[`, `{`, `,`, `? `), not inside a plain scalar like `it's`.
    // Quoted scalars that continue on the next line and block scalars (`|`, `>`) are not
    // tracked across lines.
    if ((c == '\'' || c == '"') && (previous == ' ' || previous == ':' || previous == '-' ||
                                    previous == '[' || previous == '{' || previous == ',' ||
                                    previous == '?')) {
      char before = i == 0 ? ' ' : line[i - 1];
      bool startOfScalar = blank(before) || before == '[' || before == '{' || before == ',' ||
                           before == ':';
      if (startOfScalar) {
        quote = c;
        continue;
      }
    }
    if (!blank(c)) previous = c;
  }
  return std::string_view::npos;
}

CommentSyntax commentSyntaxFor(std::string_view path) {
  size_t dot = path.rfind('.');
  std::string_view ext = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  if (ext == "py") return CommentSyntax::Hash;
  for (std::string_view e : {"js", "mjs", "cjs", "ts", "tsx", "jsx", "go", "java", "cpp", "cc",
                             "cxx", "h", "hpp"})
    if (ext == e) return CommentSyntax::Slashes;
  return CommentSyntax::Yaml;
}

size_t codeCommentStart(std::string_view line, CommentSyntax syntax) {
  char quote = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quote) {
      if (c == '\\') ++i;
      else if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"' || c == '`') quote = c;
    else if (syntax == CommentSyntax::Hash && c == '#') return i;
    else if (syntax == CommentSyntax::Slashes && c == '/' && i + 1 < line.size() && line[i + 1] == '/')
      return i;
  }
  return std::string_view::npos;
}

std::vector<CommentDirective> scanComments(const SourceFile& file) {
  std::vector<CommentDirective> out;
  constexpr std::string_view kMarker = "lambdalint:";
  const CommentSyntax syntax = commentSyntaxFor(file.path());
  const size_t markerLength = syntax == CommentSyntax::Slashes ? 2 : 1;
  for (uint32_t n = 1; n <= file.lineCount(); ++n) {
    std::string_view line = file.line(n);
    if (line.find(kMarker) == std::string_view::npos) continue;  // the cheap test first
    size_t hash = syntax == CommentSyntax::Yaml ? commentStart(line) : codeCommentStart(line, syntax);
    if (hash == std::string_view::npos) continue;
    size_t i = hash + markerLength;
    while (i < line.size() && blank(line[i])) ++i;
    if (line.substr(i, kMarker.size()) != kMarker) continue;
    i += kMarker.size();

    CommentDirective d;
    d.line = n;
    d.ownLine = trim(line.substr(0, hash)).empty();
    auto col = [](size_t offset) { return static_cast<uint32_t>(offset + 1); };
    d.range = SourceRange{{n, col(hash)}, {n, col(trim(line).data() - line.data() + trim(line).size())}};

    while (i < line.size() && blank(line[i])) ++i;
    size_t wordEnd = i;
    while (wordEnd < line.size() && idChar(line[wordEnd])) ++wordEnd;
    std::string_view word = line.substr(i, wordEnd - i);
    if (word != "ignore" && word != "ignore-file") {
      out.push_back(std::move(d));  // no ids: reported as a directive that ignores nothing
      continue;
    }
    d.wholeFile = word == "ignore-file";
    i = wordEnd;
    // Ids, separated by commas and blanks, up to `--` (the reason) or another comment.
    while (i < line.size()) {
      char c = line[i];
      if (blank(c) || c == ',' || c == '\r') {
        ++i;
        continue;
      }
      if (line.substr(i, 2) == "--" || c == '#') break;
      size_t end = i;
      while (end < line.size() && !blank(line[end]) && line[end] != ',' && line[end] != '#')
        ++end;
      d.ids.push_back({std::string(line.substr(i, end - i)), SourceRange{{n, col(i)}, {n, col(end)}}});
      i = end;
    }
    if (line.substr(i, 2) == "--") d.reason = std::string(trim(line.substr(i + 2)));
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace lambdalint::findings

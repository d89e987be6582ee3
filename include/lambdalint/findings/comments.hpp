#pragma once
// Suppression comments: `# lambdalint: ignore SEC003, REL001 -- reason` and
// `# lambdalint: ignore-file SEC003 -- reason`. Comments are not in the document model, so
// the file's lines are scanned for the marker (a `#` outside quoted strings).
#include <string>
#include <vector>

#include "lambdalint/document/source.hpp"

namespace lambdalint::findings {

struct CommentDirective {
  bool wholeFile = false;   // ignore-file
  uint32_t line = 0;        // where the comment is
  bool ownLine = false;     // nothing but the comment on its line: it applies to the next line
  struct Id {
    std::string text;       // as written: a rule id or name
    SourceRange range;      // where it is written (for INP004)
  };
  std::vector<Id> ids;
  std::string reason;       // after `--`, trimmed
  SourceRange range;        // the whole directive, from `#` to the end of the line
};

// How comments are written: YAML (and HCL-like `#` files), Python (`#` outside strings), or
// C-family handler code (`//` outside strings: JavaScript, TypeScript, Go, Java, C++).
enum class CommentSyntax { Yaml, Hash, Slashes };
// By file extension: .py → Hash; .js .mjs .cjs .ts .tsx .go .java .cpp .cc .h .hpp → Slashes;
// anything else → Yaml.
CommentSyntax commentSyntaxFor(std::string_view path);

// Every `lambdalint:` directive in the file's comments, in line order. A comment that starts
// with `lambdalint:` but is not `ignore` or `ignore-file` becomes a directive without ids.
std::vector<CommentDirective> scanComments(const SourceFile& file);

// The byte offset of the comment's `#` on a YAML line, or npos: a `#` at the start of the
// line or after a blank, outside single- and double-quoted scalars.
size_t commentStart(std::string_view line);
// The same for handler code: the offset of `#` (Hash) or `//` (Slashes) outside string
// literals ('...', "...", `...` with backslash escapes), or npos.
size_t codeCommentStart(std::string_view line, CommentSyntax syntax);

}  // namespace lambdalint::findings

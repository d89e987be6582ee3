#pragma once
// Turning bytes into a positioned Document. The YAML library is used only behind this header.
#include <memory>

#include "lambdalint/document/node.hpp"

namespace lambdalint::doc {

struct ParseLimits {
  size_t maxNodes = 5'000'000;       // nodes after alias expansion (billion-laughs guard)
  size_t maxDepth = 500;             // nesting depth
};

// Parses YAML (and therefore JSON). CloudFormation short-form tags (!Ref, !GetAtt a.b,
// !Sub ...) become their long form ({"Ref": ...}, {"Fn::GetAtt": [a, b]}), merge keys
// (<<) are applied, duplicate keys and unknown tags are recorded as issues. Never throws:
// unreadable input yields a Document with failed() set and an INP001 issue.
std::unique_ptr<Document> parseDocument(std::shared_ptr<const SourceFile> file,
                                        const ParseLimits& limits = {});

// Tags parseHcl puts on values that are not plain literals.
inline constexpr std::string_view kHclExpressionTag = "!hcl-expr";    // text: the source text
inline constexpr std::string_view kHclHeredocTag = "!hcl-heredoc";    // text: the lines, as written
inline constexpr std::string_view kHclJsonencodeTag = "!hcl-jsonencode";  // the call's argument

// Parses HCL (Terraform .tf) with tree-sitter's HCL grammar into the same positioned tree:
// the root is a mapping of the file's attributes (`name = value`) and blocks, in source order
// and with repeated keys kept (blocks repeat); a block `type "a" "b" { ... }` is the entry
// `type: {a: {b: {...body...}}}` (the label keys carry the labels' positions). Literal strings
// are quoted scalars, numbers and bools plain scalars, null a Null node, tuples sequences,
// objects mappings. `jsonencode(<object or tuple>)` is its argument, tagged
// kHclJsonencodeTag; a heredoc is a quoted scalar spanning its text lines, tagged
// kHclHeredocTag; every other expression (references, templates with `${}`, calls,
// operators) is a scalar holding its source text, tagged kHclExpressionTag. Never throws: a
// syntax error yields a failed Document with an INP001 issue at the first error.
std::unique_ptr<Document> parseHcl(std::shared_ptr<const SourceFile> file,
                                   const ParseLimits& limits = {});

}  // namespace lambdalint::doc

#pragma once
// The two YAML libraries lambdalint reads with, each feeding the same TreeBuilder. libfyaml's
// event parser is the fast path (about 4x yaml-cpp's speed); yaml-cpp reads what libfyaml
// 0.7 wrongly rejects (a tag alone on its line before a block scalar, `- ` followed only by a
// comment), so a template is never refused that the previous parser accepted.
#include <optional>
#include <string>

#include "document/tree_builder.hpp"

namespace lambdalint::doc {

struct ReadError {
  Position where;
  std::string message;  // the library's words
};

// Both feed `builder` event by event and return the library's error when the text is not
// YAML; the builder's StopReading passes through.
std::optional<ReadError> readWithLibfyaml(const SourceFile& file, TreeBuilder& builder);
std::optional<ReadError> readWithYamlCpp(const SourceFile& file, TreeBuilder& builder,
                                         const ParseLimits& limits);

}  // namespace lambdalint::doc

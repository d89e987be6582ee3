#pragma once
// The three YAML readers, each feeding the same TreeBuilder. Our own reader of the YAML
// templates are written in is the fast path (several times libfyaml's speed); libfyaml's
// event parser reads everything it declines and reports the errors (about 4x yaml-cpp's
// speed); yaml-cpp reads what libfyaml 0.7 wrongly rejects (a tag alone on its line before a
// block scalar, `- ` followed only by a comment), so a template is never refused that the
// previous parser accepted.
#include <memory>
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

// Feeds `builder` and returns true when the text is within the subset our own reader takes
// (src/document/common_yaml_reader.cpp); false, having perhaps fed part of it, when it is
// not: the caller then reads it with libfyaml into a fresh Document.
bool readCommonYaml(const SourceFile& file, TreeBuilder& builder);

// One reader alone, for the tests and the fuzz target that compare them: nullptr when the
// reader declines the text or reports an error.
enum class YamlReader { Common, Libfyaml, YamlCpp };
std::unique_ptr<Document> parseWithReader(std::shared_ptr<const SourceFile> file,
                                          YamlReader reader, const ParseLimits& limits = {});

// Plain scalars YAML reads as null.
inline bool isPlainNull(std::string_view s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

}  // namespace lambdalint::doc

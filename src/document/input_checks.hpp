#pragma once
// Checks on raw bytes before parsing: binary content and invalid UTF-8 are reported with
// their position instead of being handed to the YAML parser.
#include <optional>
#include <string>

#include "lambdalint/document/source.hpp"

namespace lambdalint::doc {

struct InputProblem {
  Position where;
  std::string message;
};

std::optional<InputProblem> checkReadableText(const SourceFile& file);

// A file whose first character is '{' is JSON: it must be strict JSON (no trailing commas,
// no comments), which YAML's flow syntax would otherwise accept.
std::optional<InputProblem> checkStrictJson(const SourceFile& file);

}  // namespace lambdalint::doc

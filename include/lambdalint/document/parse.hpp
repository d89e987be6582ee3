#pragma once
// Turning bytes into a positioned Document. The YAML library is used only behind this header.
#include <memory>

#include "lambdalint/document/node.hpp"

namespace lambdalint::doc {

struct ParseLimits {
  size_t maxNodes = 5'000'000;       // nodes after alias expansion (billion-laughs guard)
  size_t maxDepth = 500;             // nesting depth (yaml-cpp itself stops near 1,000)
};

// Parses YAML (and therefore JSON). CloudFormation short-form tags (!Ref, !GetAtt a.b,
// !Sub ...) become their long form ({"Ref": ...}, {"Fn::GetAtt": [a, b]}), merge keys
// (<<) are applied, duplicate keys and unknown tags are recorded as issues. Never throws:
// unreadable input yields a Document with failed() set and an INP001 issue.
std::unique_ptr<Document> parseDocument(std::shared_ptr<const SourceFile> file,
                                        const ParseLimits& limits = {});

}  // namespace lambdalint::doc

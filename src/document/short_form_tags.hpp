#pragma once
// CloudFormation's short-form intrinsic tags and the long form each one stands for.
#include <string>

namespace lambdalint::doc {

// "!Ref" -> "Ref", "!Sub" -> "Fn::Sub", ...; nullptr for a tag that is not an intrinsic.
const char* intrinsicForTag(const std::string& tag);

// The intrinsic tag an unknown tag most likely misspells ("!Subb" -> "!Sub", "!getatt" ->
// "!GetAtt"): case-insensitive, at most two edits away; empty when none is that close.
std::string closestIntrinsicTag(const std::string& tag);

}  // namespace lambdalint::doc

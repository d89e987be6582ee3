#pragma once
// A configured value as rules see it, whatever syntax wrote it.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lambdalint/document/source.hpp"

namespace lambdalint::model {

struct Value {
  enum class Kind : uint8_t {
    Absent,        // not configured (the service default applies)
    Literal,       // written out in the file: `text`
    ParameterRef,  // a deploy-time parameter `name`; `text` holds its default if any
    ResourceRef,   // another resource `name` (attribute in `attribute`, e.g. "Arn")
    Dynamic,       // resolved by the service at deploy time ({{resolve:...}}, ${ssm:...})
    Unknown,       // an expression we do not evaluate (pseudo parameters, Fn::Join, ...);
                   // for Fn::If, `branches` holds what each condition outcome gives
  };
  Kind kind = Kind::Absent;
  std::string text;
  std::string name;
  std::string attribute;
  bool hasDefault = false;   // ParameterRef: `text` is the parameter's default
  bool sensitive = false;    // ParameterRef to a NoEcho parameter
  std::string parameterType; // ParameterRef: its declared Type (e.g. "List<AWS::EC2::Subnet::Id>")
  Location where;            // where the value is written
  // Fn::If [Cond, A, B]: the leaves A and B (nested Fn::If flattened), each with the
  // conditions that select it in `when`. A branch that is AWS::NoValue is Absent (with a
  // location): in that case the property is not set. Empty for any other value.
  std::vector<Value> branches;
  std::vector<std::pair<std::string, bool>> when;  // (condition, outcome) on a branch

  bool present() const { return kind != Kind::Absent; }
  bool conditional() const { return !branches.empty(); }
  // What a deployment may get: the branches of an Fn::If, or the value itself.
  std::vector<const Value*> alternatives() const;
  // "when condition `IsProd` is true" (and "... and condition `B` is false"); "" when
  // unconditional. Rules put it in messages so that a finding names its branch.
  std::string whenText() const;
  bool isLiteral() const { return kind == Kind::Literal; }
  // The text a deployment would most likely see: a literal, or a parameter's default.
  std::optional<std::string> effectiveText() const;
  std::optional<long long> effectiveInt() const;
};

}  // namespace lambdalint::model

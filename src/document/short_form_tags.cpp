#include "document/short_form_tags.hpp"

#include <string_view>

namespace lambdalint::doc {

const char* intrinsicForTag(const std::string& tag) {
  struct Pair {
    std::string_view tag;
    const char* longForm;
  };
  static constexpr Pair kTags[] = {
      {"!Ref", "Ref"},
      {"!Condition", "Condition"},
      {"!Sub", "Fn::Sub"},
      {"!GetAtt", "Fn::GetAtt"},
      {"!If", "Fn::If"},
      {"!Join", "Fn::Join"},
      {"!Select", "Fn::Select"},
      {"!Split", "Fn::Split"},
      {"!FindInMap", "Fn::FindInMap"},
      {"!ImportValue", "Fn::ImportValue"},
      {"!Base64", "Fn::Base64"},
      {"!Cidr", "Fn::Cidr"},
      {"!GetAZs", "Fn::GetAZs"},
      {"!Equals", "Fn::Equals"},
      {"!And", "Fn::And"},
      {"!Or", "Fn::Or"},
      {"!Not", "Fn::Not"},
      {"!Transform", "Fn::Transform"},
      // AWS::LanguageExtensions transform.
      {"!Length", "Fn::Length"},
      {"!ToJsonString", "Fn::ToJsonString"},
  };
  for (const Pair& p : kTags)
    if (p.tag == tag) return p.longForm;
  return nullptr;
}

}  // namespace lambdalint::doc

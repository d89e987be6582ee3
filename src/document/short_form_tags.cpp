#include "document/short_form_tags.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

namespace lambdalint::doc {

namespace {

struct Pair {
  std::string_view tag;
  const char* longForm;
};

constexpr Pair kTags[] = {
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

// Levenshtein distance, case-insensitive; tags are short so the quadratic table is tiny.
size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      bool same = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                  std::tolower(static_cast<unsigned char>(b[j - 1]));
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

std::string closestIntrinsicTag(const std::string& tag) {
  std::string best;
  size_t bestDistance = 3;
  for (const Pair& p : kTags) {
    size_t d = editDistance(tag, p.tag);
    if (d < bestDistance) {
      bestDistance = d;
      best = std::string(p.tag);
    }
  }
  return best;
}

const char* intrinsicForTag(const std::string& tag) {
  for (const Pair& p : kTags)
    if (p.tag == tag) return p.longForm;
  return nullptr;
}

}  // namespace lambdalint::doc

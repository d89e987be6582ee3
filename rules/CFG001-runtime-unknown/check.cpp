// CFG001 runtime-unknown: Runtime is not the identifier of a Lambda managed runtime.
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"
#include "lambdalint/model/runtimes.hpp"

namespace lambdalint::rules {
namespace {

size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1] ? 1 : 0)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// The known runtime closest to `text`, when one is close enough to be the intended spelling:
// a few edits away, or `text` with trailing garbage ("provided.al2023023").
std::optional<std::string> closestRuntime(std::string_view text) {
  constexpr size_t kMaxEdits = 2;
  std::optional<std::string> best;
  size_t bestDistance = kMaxEdits + 1;
  for (const model::RuntimeInfo& r : model::allRuntimes()) {
    size_t d = editDistance(text, r.id);
    // A prefix long enough not to be a coincidence ("java8" is not).
    if (r.id.size() >= 6 && text.size() > r.id.size() && text.substr(0, r.id.size()) == r.id)
      d = std::min(d, kMaxEdits);
    // Ties go to the longer identifier: "provided.al2023", not "provided.al2".
    if (d < bestDistance || (d == bestDistance && best && r.id.size() > best->size())) {
      best = r.id;
      bestDistance = d;
    }
  }
  return best;
}

class RuntimeUnknown final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    std::vector<const model::Function*> wrong;
    for (const model::Function& fn : ctx.project().functions)
      if (unknownText(fn.runtime)) wrong.push_back(&fn);
    for (const Shared<model::Value>& g : groupBySharedValue(wrong, &model::Function::runtime)) {
      const model::Value& v = *g.item;
      const std::string text = *unknownText(v);
      std::string message =
          (v.kind == model::Value::Kind::ParameterRef
               ? "Runtime of " + functionList(g.ids()) + " comes from parameter `" + v.name +
                     "`, whose default `" + text + "`"
               : "Runtime `" + text + "` of " + functionList(g.ids())) +
          " is not a Lambda runtime: the deployment fails";
      std::optional<std::string> suggestion = closestRuntime(text);
      if (suggestion) message += "; did you mean `" + *suggestion + "`?";
      auto finding = ctx.report(g.where, message);
      if (suggestion)
        finding.fix("Replace with `" + *suggestion + "`", g.where,
                    replacementKeepingQuotes(g.where, *suggestion));
    }
  }

 private:
  // The runtime's text when it is written (or defaulted) and unknown.
  static std::optional<std::string> unknownText(const model::Value& v) {
    std::optional<std::string> text = writtenText(v);
    if (!text || text->empty() || model::findRuntime(*text)) return std::nullopt;
    return text;
  }
};

}  // namespace

std::unique_ptr<Rule> make_CFG001() { return std::make_unique<RuntimeUnknown>(); }

}  // namespace lambdalint::rules

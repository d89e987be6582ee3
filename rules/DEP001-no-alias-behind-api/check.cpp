// DEP001 no-alias-behind-api: an API-facing function without AutoPublishAlias or an alias.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

bool servesApi(const model::Function& fn) {
  for (const model::Trigger& t : fn.triggers)
    if (t.kind == model::Trigger::Kind::Api || t.kind == model::Trigger::Kind::HttpApi ||
        t.kind == model::Trigger::Kind::FunctionUrl)
      return true;
  return false;
}

class NoAliasBehindApi final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      if (!servesApi(fn) || fn.autoPublishAlias.present() || !fn.aliases.empty()) continue;
      ctx.report(fn.where, "function `" + fn.label() +
                               "` serves an API from $LATEST: publish an alias "
                               "(AutoPublishAlias) so deployments can shift and roll back");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_DEP001() { return std::make_unique<NoAliasBehindApi>(); }

}  // namespace lambdalint::rules

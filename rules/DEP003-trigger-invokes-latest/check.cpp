// DEP003 trigger-invokes-latest: a resource invokes $LATEST of a function that publishes
// versions, bypassing its alias (and the deployment's traffic shifting and rollback).
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

// What makes the function publish versions, for the message; "" when it does not.
std::string versioning(const model::Function& fn) {
  if (std::optional<std::string> alias = writtenText(fn.autoPublishAlias)) return "AutoPublishAlias `" + *alias + "`";
  if (fn.autoPublishAlias.present()) return "AutoPublishAlias";
  if (!fn.aliases.empty()) return "alias `" + fn.aliases.front() + "`";
  if (!fn.versions.empty()) return "version `" + fn.versions.front() + "`";
  return {};
}

class TriggerInvokesLatest final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      const std::string why = versioning(fn);
      if (why.empty()) continue;
      for (const model::Trigger& t : fn.triggers) {
        if (!t.unqualifiedTarget) continue;
        ctx.report(t.where, "`" + t.name + "` (" + t.type + ") names function `" + fn.label() +
                                "` itself, which invokes $LATEST, although the function publishes versions (" +
                                why + "): point it at the alias");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_DEP003() { return std::make_unique<TriggerInvokesLatest>(); }

}  // namespace lambdalint::rules

// CFG007 snapstart-without-version: SnapStart on a function that publishes no version.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class SnapStartWithoutVersion final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      if (fn.snapStart.effectiveText() != "PublishedVersions") continue;
      if (fn.autoPublishAlias.present() || !fn.versions.empty() || !fn.aliases.empty()) continue;
      ctx.report(fn.snapStart.where, "SnapStart is on for `" + fn.label() +
                                         "` but no version is published: invocations of "
                                         "$LATEST still start cold (add AutoPublishAlias)");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CFG007() { return std::make_unique<SnapStartWithoutVersion>(); }

}  // namespace lambdalint::rules

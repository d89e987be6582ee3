// CFG006 snapstart-unsupported-runtime: SnapStart on a runtime, package type or
// configuration that cannot use it.
#include <memory>
#include <optional>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"
#include "lambdalint/model/runtimes.hpp"

namespace lambdalint::rules {
namespace {

class SnapStartUnsupported final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      if (fn.snapStart.effectiveText() != "PublishedVersions") continue;
      std::string why;
      if (fn.packageType.effectiveText() == "Image") {
        why = "it is packaged as a container image";
      } else if (std::optional<std::string> id = fn.runtime.effectiveText()) {
        const model::RuntimeInfo* runtime = model::findRuntime(*id);
        if (runtime && !runtime->snapStart) why = "its runtime `" + *id + "` does not support it";
      }
      if (why.empty() && fn.provisionedConcurrency.present())
        why = "it also sets provisioned concurrency, which SnapStart excludes";
      if (why.empty()) continue;
      ctx.report(fn.snapStart.where, "SnapStart is turned on for `" + fn.label() + "` but " +
                                         why + ": the deployment fails");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CFG006() { return std::make_unique<SnapStartUnsupported>(); }

}  // namespace lambdalint::rules

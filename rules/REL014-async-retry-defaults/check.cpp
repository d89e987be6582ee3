// REL014 async-retry-defaults: asynchronous invocation left at two retries and six hours.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class AsyncRetryDefaults final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      const model::Trigger* async = nullptr;
      for (const model::Trigger& t : fn.triggers)
        if (!async && t.mode() == model::Trigger::Mode::Asynchronous) async = &t;
      if (!async) continue;
      const model::AsyncInvokeConfig* cfg = fn.asyncInvoke ? &*fn.asyncInvoke : nullptr;
      if (cfg && (cfg->maximumRetryAttempts.present() || cfg->maximumEventAgeInSeconds.present())) continue;
      const Location& where = cfg && cfg->where.known() ? cfg->where : fn.where;
      ctx.report(where, "function `" + fn.label() + "` is invoked asynchronously (" +
                            model::triggerKindName(async->kind) + " `" + async->name +
                            "`) with Lambda's defaults: two retries, and events kept up to six "
                            "hours; set MaximumRetryAttempts and MaximumEventAgeInSeconds")
          .related(async->where, "asynchronous trigger");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL014() { return std::make_unique<AsyncRetryDefaults>(); }

}  // namespace lambdalint::rules

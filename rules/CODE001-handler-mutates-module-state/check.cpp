// CODE001 handler-mutates-module-state: the handler (or what it calls) grows or updates
// module-level state, which survives between invocations of a warm execution environment.
#include <memory>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class HandlerMutatesModuleState final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const HandlerUse& use : handlerUses(ctx.project())) {
      for (const model::StateWrite& w : use.summary->stateWrites) {
        // A plain assignment (`global client; client = make()`) is lazy initialisation, the
        // recommended pattern: only growing and updating writes are reported.
        if (w.how == "assignment" || w.how == "attribute assignment") continue;
        if (!use.reaches(w.function)) continue;
        const model::ModuleVariable* var = use.summary->moduleVariable(w.variable);
        std::string where = w.function == use.handler->name ? "" : " (in `" + w.function + "`, which it calls)";
        std::string message = use.subject() + " changes the module-level variable `" +
                              w.variable + "` by " + w.how + where +
                              ": module state survives between invocations in a warm execution "
                              "environment, is not shared between environments, and ";
        message += w.grows && var && var->mutableContainer
                       ? "grows without limit (an unbounded cache) until the environment runs out "
                         "of memory; keep per-invocation data local, or bound the cache (size "
                         "limit, TTL) and treat it as a cache that may be empty"
                       : "makes each invocation depend on the ones before it; keep "
                         "per-invocation state local to the handler";
        auto f = ctx.report(w.where, message);
        if (var) f.related(var->where, "`" + w.variable + "` is defined at module scope here");
        for (const model::Function* fn : use.functions)
          f.related(fn->where, "function `" + fn->label() + "` uses this handler");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CODE001() { return std::make_unique<HandlerMutatesModuleState>(); }

}  // namespace lambdalint::rules

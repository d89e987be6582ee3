// CODE006 handler-too-large: business logic written in the handler function itself.
#include <memory>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class HandlerTooLarge final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const long long maxStatements = ctx.intOption("max-statements");
    const long long maxBranches = ctx.intOption("max-branches");
    for (const HandlerUse& use : handlerUses(ctx.project())) {
      const model::CodeFunction& h = *use.handler;
      if (h.statements <= maxStatements && h.branches <= maxBranches) continue;
      auto f = ctx.report(
          h.where, "the handler `" + h.name + "` of " + functionList(functionIds(use.functions)) +
                       " has " + std::to_string(h.statements) + " statements and " +
                       std::to_string(h.branches) + " branches over " + std::to_string(h.lines) +
                       " lines (limits: " + std::to_string(maxStatements) + " statements, " +
                       std::to_string(maxBranches) +
                       " branches): keep the handler a thin adapter that parses the event and "
                       "calls business logic in separate, testable functions");
      for (const model::Function* fn : use.functions)
        f.related(fn->where, "function `" + fn->label() + "` uses this handler");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CODE006() { return std::make_unique<HandlerTooLarge>(); }

}  // namespace lambdalint::rules

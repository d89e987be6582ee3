// CODE005 outbound-call-without-timeout: network calls that can wait until the function's
// own timeout.
#include <memory>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class OutboundCallWithoutTimeout final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const HandlerUse& use : handlerUses(ctx.project())) {
      for (const model::OutboundCall& c : use.summary->outboundCalls) {
        if (c.hasTimeout) continue;
        if (!c.function.empty() && !use.reaches(c.function)) continue;
        std::string how = c.call == "fetch" ? "is called without an AbortSignal (`signal: AbortSignal.timeout(ms)`)"
                          : c.call.ends_with(" = 0") ? "turns the AWS SDK's timeout off"
                                                     : "is called without a timeout";
        auto f = ctx.report(c.where, "`" + c.call + "` in the code of " +
                                         functionList(functionIds(use.functions)) + " " +
                                         how + ": a slow or unreachable endpoint holds the "
                                         "invocation until the function's own timeout, billed and "
                                         "blocking a concurrency slot; set a timeout well below the "
                                         "function's and fail fast");
        for (const model::Function* fn : use.functions)
          f.related(fn->timeout.where.known() ? fn->timeout.where : fn->where,
                    "function `" + fn->label() + "`'s timeout");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CODE005() { return std::make_unique<OutboundCallWithoutTimeout>(); }

}  // namespace lambdalint::rules

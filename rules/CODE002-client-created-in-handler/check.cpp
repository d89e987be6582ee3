// CODE002 client-created-in-handler: SDK clients, connections and HTTP sessions created on
// every invocation instead of once per execution environment.
#include <memory>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class ClientCreatedInHandler final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const HandlerUse& use : handlerUses(ctx.project())) {
      for (const model::ClientCreation& c : use.summary->clients) {
        if (c.function.empty() || !use.reaches(c.function)) continue;
        std::string where = c.function == use.handler->name
                                ? "inside " + use.subject()
                                : "in `" + c.function + "`, which " + use.subject() + " calls";
        auto f = ctx.report(
            c.where, "`" + c.call + "` creates " +
                         (c.kind == model::ClientCreation::Kind::AwsSdk ? "an " : "a ") +
                         model::clientKindName(c.kind) + " " + where +
                         ": it is created again on every invocation (new TLS handshakes, "
                         "credential lookups and connections); create it once at module scope, "
                         "outside the handler, so that warm invocations reuse it");
        for (const model::Function* fn : use.functions)
          f.related(fn->where, "function `" + fn->label() + "` uses this handler");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CODE002() { return std::make_unique<ClientCreatedInHandler>(); }

}  // namespace lambdalint::rules

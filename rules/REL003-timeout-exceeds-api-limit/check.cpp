// REL003 timeout-exceeds-api-limit: a function behind API Gateway may run longer than the
// API waits for it.
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

// API Gateway's integration timeout for a trigger kind, or nullopt when the trigger is not an
// API Gateway API. `restLimit`: option rest-api-timeout-seconds (29, the default quota;
// Regional/private REST APIs can request more).
std::optional<long long> integrationTimeout(model::Trigger::Kind k, long long restLimit) {
  switch (k) {
    case model::Trigger::Kind::Api:
    case model::Trigger::Kind::WebSocket:
      return restLimit;
    case model::Trigger::Kind::HttpApi:
      return 30;
    default:
      return std::nullopt;
  }
}

const char* apiKindName(model::Trigger::Kind k) {
  switch (k) {
    case model::Trigger::Kind::HttpApi: return "HTTP API";
    case model::Trigger::Kind::WebSocket: return "WebSocket API";
    default: return "REST API";
  }
}

// The timeout a deployment most likely gets: a literal or a parameter's default.
std::optional<long long> timeoutSeconds(const model::Value& v) {
  return writtenText(v) ? v.effectiveInt() : std::nullopt;
}

// The API Gateway triggers of `fn` that give up before a timeout of `seconds`.
std::vector<const model::Trigger*> exceededTriggers(const model::Function& fn, long long seconds,
                                                   long long restLimit) {
  std::vector<const model::Trigger*> exceeded;
  for (const model::Trigger& t : fn.triggers) {
    std::optional<long long> l = integrationTimeout(t.kind, restLimit);
    if (l && seconds > *l) exceeded.push_back(&t);
  }
  return exceeded;
}

class TimeoutExceedsApiLimit final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const long long restLimit = ctx.intOption("rest-api-timeout-seconds");
    // One finding per written timeout (a Globals timeout is shared by several functions);
    // each branch of an Fn::If is a timeout of its own.
    SharedGroups<model::Value> tooLong;
    for (const model::Function& fn : ctx.project().functions)
      for (const model::Value* v : fn.timeout.alternatives()) {
        std::optional<long long> seconds = timeoutSeconds(*v);
        if (seconds && !exceededTriggers(fn, *seconds, restLimit).empty())
          tooLong.add(fn, *v, v->where, v->whenText());
      }
    for (const Shared<model::Value>& g : tooLong) {
      const long long seconds = *timeoutSeconds(*g.item);
      std::vector<std::pair<const model::Function*, const model::Trigger*>> triggers;
      long long limit = 0;  // the shortest integration timeout exceeded
      for (const model::Function* fn : g.functions)
        for (const model::Trigger* t : exceededTriggers(*fn, seconds, restLimit)) {
          triggers.emplace_back(fn, t);
          const long long l = *integrationTimeout(t->kind, restLimit);
          limit = limit == 0 ? l : std::min(limit, l);
        }

      const bool several = g.functions.size() > 1;
      std::string timeout = std::to_string(seconds) + " seconds";
      if (g.item->kind == model::Value::Kind::ParameterRef)
        timeout += " (the default of parameter `" + g.item->name + "`)";
      const std::string when = g.item->whenText();
      std::string message =
          (when.empty() ? "" : when + ", ") + "Timeout of " + timeout + " is longer than the " + std::to_string(limit) +
          " seconds API Gateway waits for " + functionList(g.ids()) + ": after " +
          std::to_string(limit) +
          " seconds the client gets a 504 while the function keeps running, and is billed, "
          "for up to " + std::to_string(seconds) + " seconds";
      FindingBuilder b = ctx.report(g.where, std::move(message));
      for (const auto& [fn, t] : triggers) {
        std::string note = std::string(apiKindName(t->kind)) + " trigger `" + t->name + "`";
        if (several) note += " of function `" + fn->label() + "`";
        note += ": integration timeout " + std::to_string(*integrationTimeout(t->kind, restLimit)) +
                " seconds";
        b.related(t->where, std::move(note));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL003() { return std::make_unique<TimeoutExceedsApiLimit>(); }

}  // namespace lambdalint::rules

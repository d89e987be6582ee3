// REL003 timeout-exceeds-api-limit: a function behind API Gateway may run longer than the
// API waits for it.
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"

namespace lambdalint::rules {
namespace {

// API Gateway's integration timeout (the default quota) for a trigger kind, or nullopt when
// the trigger is not an API Gateway API.
std::optional<long long> integrationTimeout(model::Trigger::Kind k) {
  switch (k) {
    case model::Trigger::Kind::Api:        // REST API (default quota; Regional/private
    case model::Trigger::Kind::WebSocket:  // REST APIs can request more)
      return 29;
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

bool sameLocation(const Location& a, const Location& b) {
  return a.known() && b.known() && a.file == b.file && a.range.begin == b.range.begin;
}

std::string joinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out += (i + 1 == ids.size()) ? " and " : ", ";
    out += "`" + ids[i] + "`";
  }
  return out;
}

// The timeout a deployment most likely gets: a literal or a parameter's default.
std::optional<long long> timeoutSeconds(const model::Value& v) {
  if (v.kind == model::Value::Kind::Literal ||
      (v.kind == model::Value::Kind::ParameterRef && v.hasDefault))
    return v.effectiveInt();
  return std::nullopt;
}

class TimeoutExceedsApiLimit final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    // One finding per written timeout (a Globals timeout is shared by several functions).
    struct Group {
      const model::Value* value;
      long long seconds;
      long long limit;  // the shortest integration timeout exceeded
      std::vector<std::string> functions;
      std::vector<std::pair<const model::Function*, const model::Trigger*>> triggers;
    };
    std::vector<Group> groups;
    for (const model::Function& fn : ctx.project().functions) {
      std::optional<long long> seconds = timeoutSeconds(fn.timeout);
      if (!seconds) continue;
      std::vector<const model::Trigger*> exceeded;
      long long limit = 0;
      for (const model::Trigger& t : fn.triggers) {
        std::optional<long long> l = integrationTimeout(t.kind);
        if (!l || *seconds <= *l) continue;
        exceeded.push_back(&t);
        limit = limit == 0 ? *l : std::min(limit, *l);
      }
      if (exceeded.empty()) continue;
      Group* group = nullptr;
      for (Group& g : groups)
        if (sameLocation(g.value->where, fn.timeout.where)) group = &g;
      if (!group) {
        groups.push_back(Group{&fn.timeout, *seconds, limit, {}, {}});
        group = &groups.back();
      }
      group->limit = std::min(group->limit, limit);
      group->functions.push_back(fn.id);
      for (const model::Trigger* t : exceeded) group->triggers.emplace_back(&fn, t);
    }

    for (const Group& g : groups) {
      const bool several = g.functions.size() > 1;
      std::string timeout = std::to_string(g.seconds) + " seconds";
      if (g.value->kind == model::Value::Kind::ParameterRef)
        timeout += " (the default of parameter `" + g.value->name + "`)";
      std::string message =
          "Timeout of " + timeout + " is longer than the " + std::to_string(g.limit) +
          " seconds API Gateway waits for " + (several ? "functions " : "function ") +
          joinIds(g.functions) + ": after " + std::to_string(g.limit) +
          " seconds the client gets a 504 while the function keeps running, and is billed, "
          "for up to " + std::to_string(g.seconds) + " seconds";
      FindingBuilder b = ctx.report(g.value->where, std::move(message));
      for (const auto& [fn, t] : g.triggers) {
        std::string note = std::string(apiKindName(t->kind)) + " trigger `" + t->name + "`";
        if (several) note += " of function `" + fn->id + "`";
        note += ": integration timeout " + std::to_string(*integrationTimeout(t->kind)) +
                " seconds";
        b.related(t->where, std::move(note));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL003() { return std::make_unique<TimeoutExceedsApiLimit>(); }

}  // namespace lambdalint::rules

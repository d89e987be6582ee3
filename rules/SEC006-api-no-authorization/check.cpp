// SEC006 api-no-authorization: an API route to a function with no authorizer and no API key.
#include <memory>
#include <optional>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"
#include "lambdalint/support/ascii_case.hpp"

namespace lambdalint::rules {
namespace {


// Whether some deployment gets no authorizer: absent, or `NONE` on a branch.
bool mayBeOpen(const model::Value& authorizer) {
  if (!authorizer.present()) return true;
  for (const model::Value* alt : authorizer.alternatives())
    if (!alt->present() || alt->effectiveText() == "NONE") return true;
  return false;
}

bool apiKeyRequired(const model::Value& v) {
  std::optional<std::string> text = v.effectiveText();
  return v.present() && !(text && ascii::equalsIgnoringCase(*text, "false"));
}

class ApiNoAuthorization final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions)
      for (const model::Trigger& t : fn.triggers) {
        if (t.kind != model::Trigger::Kind::Api && t.kind != model::Trigger::Kind::HttpApi)
          continue;
        if (ascii::equalsIgnoringCase(t.method.effectiveText().value_or(""), "options")) continue;
        if (!mayBeOpen(t.authorizer) || apiKeyRequired(t.apiKeyRequired)) continue;
        std::string route = t.name.empty() ? "an API route" : "API route `" + t.name + "`";
        ctx.report(t.where, route + " of `" + fn.label() +
                                "` has no authorizer and no API key: anyone on the internet "
                                "can invoke the function");
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC006() { return std::make_unique<ApiNoAuthorization>(); }

}  // namespace lambdalint::rules

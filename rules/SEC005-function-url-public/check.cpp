// SEC005 function-url-public: a function URL without IAM auth, or CORS open to any origin
// with credentials.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

// Whether some deployment gets `text` (a literal, a parameter default, or an Fn::If branch).
bool mayBe(const model::Value& v, std::string_view text) {
  for (const model::Value* alt : v.alternatives())
    if ((alt->kind == model::Value::Kind::Literal ||
         (alt->kind == model::Value::Kind::ParameterRef && alt->hasDefault)) &&
        alt->effectiveText() == text)
      return true;
  return false;
}

class FunctionUrlPublic final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      if (!fn.url) continue;
      const model::FunctionUrl& url = *fn.url;
      if (mayBe(url.authType, "NONE")) {
        const model::Value* none = nullptr;
        for (const model::Value* alt : url.authType.alternatives())
          if (alt->effectiveText() == "NONE") none = alt;
        ctx.report(url.authType.where,
                   "the function URL of `" + fn.label() + "` has AuthType NONE" +
                       (none && !none->whenText().empty() ? " " + none->whenText() : "") +
                       ": anyone who knows the URL can invoke the function; use AWS_IAM");
      }
      bool anyOrigin = false;
      for (const model::Value& o : url.allowOrigins) anyOrigin = anyOrigin || mayBe(o, "*");
      if (anyOrigin && (mayBe(url.allowCredentials, "true") || mayBe(url.allowCredentials, "True")))
        ctx.report(url.allowCredentials.where,
                   "the function URL of `" + fn.label() + "` allows credentials from any origin "
                   "(`*`): list the origins that may call it");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC005() { return std::make_unique<FunctionUrlPublic>(); }

}  // namespace lambdalint::rules

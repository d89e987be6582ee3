// SEC005 function-url-public: a function URL without IAM auth, or CORS open to any origin
// with credentials.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

// The alternative of `v` (itself, or an Fn::If branch) that is written as `text`, if any.
const model::Value* branchWritten(const model::Value& v, std::string_view text) {
  for (const model::Value* alt : v.alternatives())
    if (writtenText(*alt) == text) return alt;
  return nullptr;
}

class FunctionUrlPublic final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      if (!fn.url) continue;
      const model::FunctionUrl& url = *fn.url;
      if (const model::Value* none = branchWritten(url.authType, "NONE")) {
        ctx.report(url.authType.where,
                   "the function URL of `" + fn.label() + "` has AuthType NONE" +
                       (none->whenText().empty() ? "" : " " + none->whenText()) +
                       ": anyone who knows the URL can invoke the function; use AWS_IAM");
      }
      bool anyOrigin = false;
      for (const model::Value& o : url.allowOrigins) anyOrigin = anyOrigin || branchWritten(o, "*");
      if (anyOrigin && (branchWritten(url.allowCredentials, "true") ||
                        branchWritten(url.allowCredentials, "True")))
        ctx.report(url.allowCredentials.where,
                   "the function URL of `" + fn.label() + "` allows credentials from any origin "
                   "(`*`): list the origins that may call it");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC005() { return std::make_unique<FunctionUrlPublic>(); }

}  // namespace lambdalint::rules

// CODE004 env-var-not-set: the code reads an environment variable without a default that the
// template does not set for the function.
#include <memory>
#include <set>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

// Set by the Lambda runtime itself.
bool setByLambda(const std::string& name) {
  static const std::set<std::string, std::less<>> kReserved{
      "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_EXECUTION_ENV", "AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_FUNCTION_NAME",
      "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
      "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_LAMBDA_RUNTIME_API",
      "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_XRAY_CONTEXT_MISSING", "AWS_XRAY_DAEMON_ADDRESS",
      "_X_AMZN_TRACE_ID", "_HANDLER", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", "TZ", "LANG",
      "PATH", "LD_LIBRARY_PATH", "PYTHONPATH", "NODE_PATH", "HOME", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
      "AWS_CONTAINER_AUTHORIZATION_TOKEN", "AWS_LAMBDA_LOG_FORMAT", "AWS_LAMBDA_LOG_LEVEL"};
  return kReserved.count(name) > 0;
}

class EnvVarNotSet final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const HandlerUse& use : handlerUses(ctx.project())) {
      std::set<std::pair<std::string, uint32_t>> seen;
      for (const model::EnvRead& r : use.summary->envReads) {
        if (r.hasDefault || setByLambda(r.name)) continue;
        if (!r.function.empty() && !use.reaches(r.function)) continue;
        if (!seen.insert({r.name, r.where.range.begin.line}).second) continue;
        std::vector<const model::Function*> missing;
        for (const model::Function* fn : use.functions) {
          bool set = fn->environmentOpen;  // variables not read: it may well be set
          for (const model::EnvVar& v : fn->environment) set |= v.name == r.name;
          if (!set) missing.push_back(fn);
        }
        if (missing.empty()) continue;
        const std::string& lang = use.summary->language;
        std::string effect = r.raises             ? "raises KeyError"
                             : lang == "python"   ? "returns None"
                             : lang == "go"       ? "returns \"\""
                             : lang == "java"     ? "returns null"
                                                  : "is undefined";
        std::string scope = r.function.empty() ? " at module scope, so the cold start fails" : "";
        auto f = ctx.report(r.where, "the code reads environment variable `" + r.name +
                                         "` without a default, but the template does not set it "
                                         "for " + functionList(functionIds(missing)) +
                                         ": the read " + effect + scope +
                                         "; add it to the function's Environment.Variables or "
                                         "give the read a default");
        for (const model::Function* fn : missing)
          f.related(fn->propertiesWhere.known() ? fn->propertiesWhere : fn->where,
                    "function `" + fn->label() + "` sets no `" + r.name + "`");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CODE004() { return std::make_unique<EnvVarNotSet>(); }

}  // namespace lambdalint::rules

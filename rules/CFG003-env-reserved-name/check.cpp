// CFG003 env-reserved-name: environment variables Lambda reserves for its runtime.
#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <string_view>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

// Lambda's reserved runtime variables (the configuration-envvars page of the Lambda guide).
constexpr std::array<std::string_view, 18> kReserved = {
    "_HANDLER",
    "_X_AMZN_TRACE_ID",
    "AWS_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID",
    "AWS_DEFAULT_REGION",
    "AWS_EXECUTION_ENV",
    "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
    "AWS_LAMBDA_FUNCTION_NAME",
    "AWS_LAMBDA_FUNCTION_VERSION",
    "AWS_LAMBDA_INITIALIZATION_TYPE",
    "AWS_LAMBDA_LOG_GROUP_NAME",
    "AWS_LAMBDA_LOG_STREAM_NAME",
    "AWS_LAMBDA_RUNTIME_API",
    "AWS_REGION",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "LAMBDA_RUNTIME_DIR",
    "LAMBDA_TASK_ROOT",
};

bool reserved(std::string_view name) {
  return std::find(kReserved.begin(), kReserved.end(), name) != kReserved.end();
}

class EnvReservedName final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    SharedGroups<model::EnvVar> found;
    for (const model::Function& fn : ctx.project().functions)
      for (const model::EnvVar& var : fn.environment)
        if (reserved(var.name)) found.add(fn, var, var.nameWhere, var.name);
    for (const Shared<model::EnvVar>& g : found) {
      std::string message = "environment variable `" + g.key + "` of " + functionList(g.ids()) +
                            " is reserved: the Lambda runtime sets it, and the deployment fails";
      if (g.key.find("ACCESS_KEY") != std::string::npos || g.key == "AWS_SESSION_TOKEN")
        message += "; give the function's role the permissions instead of credentials";
      ctx.report(g.where, message);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CFG003() { return std::make_unique<EnvReservedName>(); }

}  // namespace lambdalint::rules

// Defines a different handler than the one main names.
#include <aws/lambda-runtime/runtime.h>

aws::lambda_runtime::invocation_response handle_refund(aws::lambda_runtime::invocation_request const& request) {
  return aws::lambda_runtime::invocation_response::success("{}", "application/json");
}

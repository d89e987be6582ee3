// main hands run_handler a function that no source file of the project defines.
#include <aws/lambda-runtime/runtime.h>

aws::lambda_runtime::invocation_response handle_order(aws::lambda_runtime::invocation_request const& request);

int main() {
  aws::lambda_runtime::run_handler(handle_order);
  return 0;
}

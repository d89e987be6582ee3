#pragma once
#include <aws/lambda-runtime/runtime.h>

namespace orders {
aws::lambda_runtime::invocation_response handle(aws::lambda_runtime::invocation_request const& request);
}  // namespace orders

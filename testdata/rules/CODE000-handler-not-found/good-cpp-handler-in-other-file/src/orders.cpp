#include "orders.hpp"

namespace orders {
aws::lambda_runtime::invocation_response handle(aws::lambda_runtime::invocation_request const& request) {
  return aws::lambda_runtime::invocation_response::success(request.payload, "application/json");
}
}  // namespace orders

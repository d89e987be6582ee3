// Built with the flags of build/compile_commands.json: ORDERS_QUEUE_PER_REQUEST is defined
// there, and orders/queue.hpp is found through its -I../include.
#include <aws/lambda-runtime/runtime.h>
#include <aws/sqs/SQSClient.h>

#include <orders/queue.hpp>

using namespace aws::lambda_runtime;

int main() {
  run_handler([](invocation_request const& request) {
#if ORDERS_QUEUE_PER_REQUEST
    orders::QueueClient queue;  // expect: CODE002
#endif
    return invocation_response::success(request.payload, "application/json");
  });
  return 0;
}

// main hands run_handler a function defined in another source file of the project.
#include <aws/lambda-runtime/runtime.h>

#include "orders.hpp"

int main() {
  aws::lambda_runtime::run_handler(orders::handle);
  return 0;
}

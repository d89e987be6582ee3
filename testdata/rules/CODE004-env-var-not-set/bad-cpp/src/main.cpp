// Environment variables read without a check, that the template does not set.
#include <aws/lambda-runtime/runtime.h>

#include <cstdlib>
#include <string>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const& request) {
  std::string table = std::getenv("TABLE_NAME");  // set by the template
  std::string bucket = std::getenv("ARCHIVE_BUCKET");  // expect: CODE004
  const char* level = getenv("LOG_LEVEL");
  if (level == nullptr) level = "info";
  return invocation_response::success(table + bucket + level, "application/json");
}

int main() {
  std::string queue = std::getenv("QUEUE_URL");  // expect: CODE004
  run_handler(handler);
  return 0;
}

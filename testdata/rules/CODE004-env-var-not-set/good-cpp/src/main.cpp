// Every variable read is set by the template, has a fallback, or is set by Lambda itself.
#include <aws/lambda-runtime/runtime.h>

#include <cstdlib>
#include <string>

using namespace aws::lambda_runtime;

static invocation_response handler(invocation_request const& request) {
  std::string table = std::getenv("TABLE_NAME");
  const char* bucket = std::getenv("ARCHIVE_BUCKET");
  std::string archive = bucket ? bucket : "orders-archive";
  std::string region = std::getenv("AWS_REGION");
  const char* level = std::getenv("LOG_LEVEL") ?: "info";
  return invocation_response::success(table + archive + region + level, "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}

// Credentials come from the execution role and Secrets Manager, not from the source.
#include <aws/lambda-runtime/runtime.h>

#include <cstdlib>
#include <string>

using namespace aws::lambda_runtime;

struct Database {
  std::string user = "app";
  std::string password_secret_arn;  // the ARN of the secret, read at cold start
};

int main() {
  const char* arn = std::getenv("DB_SECRET_ARN");
  Database db{"app", arn ? arn : ""};
  std::string greeting = "hello";
  run_handler([&](invocation_request const& request) {
    return invocation_response::success(greeting + db.user, "application/json");
  });
  return 0;
}

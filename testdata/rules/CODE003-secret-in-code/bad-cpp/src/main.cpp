// Credentials written into the handler's source.
#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentials.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>

#include <string>

using namespace aws::lambda_runtime;

namespace {
const std::string db_password = "Pr0d-passw0rd!";  // expect: CODE003
}  // namespace

struct Database {
  std::string user = "app";
  std::string password = "hunter2hunter2";  // expect: CODE003
};

int main() {
  Aws::Auth::AWSCredentials credentials("AKIAIOSFODNN7EXAMPLE",  // expect: CODE003
                                        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY");  // expect: CODE003
  Aws::S3::S3Client s3(credentials);
  run_handler([&s3](invocation_request const& request) {
    Database db;
    return invocation_response::success(db.user + db_password, "application/json");
  });
  return 0;
}

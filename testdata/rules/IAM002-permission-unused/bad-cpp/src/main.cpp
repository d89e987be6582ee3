// The handler only reads objects.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/GetObjectRequest.h>

#include <cstdlib>

using namespace aws::lambda_runtime;

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  {
    Aws::Client::ClientConfiguration config;
    Aws::S3::S3Client s3(config);
    run_handler([&s3](invocation_request const& request) {
      Aws::S3::Model::GetObjectRequest get;
      get.SetBucket(std::getenv("BUCKET"));
      get.SetKey(request.payload);
      auto outcome = s3.GetObject(get);
      if (!outcome.IsSuccess()) return invocation_response::failure("not found", "NotFound");
      return invocation_response::success("{}", "application/json");
    });
  }
  Aws::ShutdownAPI(options);
  return 0;
}

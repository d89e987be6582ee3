// The handler reads an object, writes a copy and reads from the archive; the role allows it.
#include <aws/core/Aws.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/GetObjectRequest.h>
#include <aws/s3/model/PutObjectRequest.h>

#include <cstdlib>

using namespace aws::lambda_runtime;

static invocation_response handle(Aws::S3::S3Client const& s3, invocation_request const& request) {
  Aws::S3::Model::GetObjectRequest get;
  get.SetBucket(std::getenv("BUCKET"));
  get.SetKey(request.payload);
  auto read = s3.GetObject(get);
  if (!read.IsSuccess()) return invocation_response::failure("not found", "NotFound");
  Aws::S3::Model::PutObjectRequest put;
  put.SetBucket(std::getenv("BUCKET"));
  put.SetKey(request.payload + ".copy");
  auto written = s3.PutObject(put);
  if (!written.IsSuccess()) return invocation_response::failure("not written", "WriteFailed");
  const char* archive = std::getenv("ARCHIVE");
  auto old = s3.GetObject(Aws::S3::Model::GetObjectRequest().WithBucket(archive).WithKey(request.payload));
  if (!old.IsSuccess()) return invocation_response::failure("no archive", "NotFound");
  return invocation_response::success("{}", "application/json");
}

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  {
    Aws::Client::ClientConfiguration config;
    Aws::S3::S3Client s3(config);
    run_handler([&s3](invocation_request const& request) { return handle(s3, request); });
  }
  Aws::ShutdownAPI(options);
  return 0;
}

// A handler that sets the SDK up and creates its clients on every invocation.
#include <aws/core/Aws.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/dynamodb/model/GetItemRequest.h>
#include <aws/lambda-runtime/runtime.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/GetObjectRequest.h>

#include <memory>
#include <string>

using namespace aws::lambda_runtime;

static std::string item(const std::string& id) {
  Aws::DynamoDB::DynamoDBClient dynamo;  // expect: CODE002
  Aws::DynamoDB::Model::GetItemRequest request;
  request.SetTableName("orders");
  auto outcome = dynamo.GetItem(request);
  return outcome.IsSuccess() ? id : std::string();
}

static invocation_response handler(invocation_request const& request) {
  Aws::SDKOptions options;
  Aws::InitAPI(options);  // expect: CODE002
  Aws::Client::ClientConfiguration config;
  config.region = "eu-west-1";
  auto s3 = std::make_shared<Aws::S3::S3Client>(config);  // expect: CODE002
  Aws::S3::Model::GetObjectRequest get;
  get.SetBucket("orders-archive");
  get.SetKey(request.payload);
  auto object = s3->GetObject(get);
  return invocation_response::success(item(request.payload), "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}

// Every transfer is bounded: a total timeout on the curl handle, SDK timeouts left on (or
// set), and a handle configured by another function is not judged.
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <curl/curl.h>

#include <string>

using namespace aws::lambda_runtime;

CURL* configured_handle();  // defined in another file

namespace {

std::string fetch_rates(const std::string& url) {
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 500L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 3000L);
  curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return url;
}

void post_audit() {
  CURL* shared = configured_handle();
  curl_easy_perform(shared);
}

invocation_response handle(invocation_request const& request) {
  post_audit();
  return invocation_response::success(fetch_rates("https://rates.example.com/latest"), "application/json");
}

}  // namespace

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  Aws::Client::ClientConfiguration config;
  config.connectTimeoutMs = 1000;
  config.requestTimeoutMs = 3000;
  Aws::DynamoDB::DynamoDBClient dynamo(config);
  run_handler(handle);
  Aws::ShutdownAPI(options);
  return 0;
}

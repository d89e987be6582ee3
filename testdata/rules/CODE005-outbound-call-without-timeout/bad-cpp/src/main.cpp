// Outbound calls that can wait until the function's own timeout.
#include <aws/core/Aws.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/dynamodb/DynamoDBClient.h>
#include <aws/lambda-runtime/runtime.h>
#include <curl/curl.h>

#include <memory>
#include <string>

using namespace aws::lambda_runtime;

namespace {

size_t collect(char* data, size_t size, size_t count, void* out) {
  static_cast<std::string*>(out)->append(data, size * count);
  return size * count;
}

// Only a connect timeout: a server that accepts and then stalls holds the transfer.
std::string fetch_rates(const std::string& url) {
  std::string body;
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 2L);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
  curl_easy_perform(curl);  // expect: CODE005
  curl_easy_cleanup(curl);
  return body;
}

// A timeout of 0 means none.
std::string post_audit(const std::string& payload) {
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> audit(curl_easy_init(), curl_easy_cleanup);
  curl_easy_setopt(audit.get(), CURLOPT_URL, "https://audit.example.com/events");
  curl_easy_setopt(audit.get(), CURLOPT_POSTFIELDS, payload.c_str());
  curl_easy_setopt(audit.get(), CURLOPT_TIMEOUT, 0L);
  curl_easy_perform(audit.get());  // expect: CODE005
  return payload;
}

invocation_response handle(invocation_request const& request) {
  std::string rates = fetch_rates("https://rates.example.com/latest");
  post_audit(request.payload);
  return invocation_response::success(rates, "application/json");
}

}  // namespace

int main() {
  Aws::SDKOptions options;
  Aws::InitAPI(options);
  Aws::Client::ClientConfiguration config;
  config.requestTimeoutMs = 0;  // expect: CODE005
  Aws::DynamoDB::DynamoDBClient dynamo(config);
  run_handler(handle);
  Aws::ShutdownAPI(options);
  return 0;
}

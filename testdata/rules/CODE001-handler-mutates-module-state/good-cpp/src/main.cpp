// State created once per execution environment and only read by the handler.
#include <aws/lambda-runtime/runtime.h>

#include <memory>
#include <string>

using namespace aws::lambda_runtime;

struct Config {
  std::string table;
};

static std::unique_ptr<Config> config;

static const Config& settings() {
  if (!config) config = std::make_unique<Config>();  // lazy initialisation: assigned once
  return *config;
}

int main() {
  run_handler([](invocation_request const& request) {
    std::string body = "{\"table\":\"" + settings().table + "\"}";
    body += request.payload;
    return invocation_response::success(body, "application/json");
  });
  return 0;
}

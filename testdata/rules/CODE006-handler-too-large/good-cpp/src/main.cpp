// A thin handler: the logic is in functions that can be tested without Lambda.
#include <aws/lambda-runtime/runtime.h>

#include <string>

using namespace aws::lambda_runtime;

static std::string tierOf(const std::string& payload) {
  int score = 0;
  for (char c : payload) {
    if (c == '{' || c == '[') ++score;
    else if (c == '}' || c == ']') --score;
  }
  return score > 50 ? "gold" : score > 10 ? "silver" : "bronze";
}

static invocation_response handler(invocation_request const& request) {
  if (request.payload.empty()) return invocation_response::failure("empty", "BadRequest");
  return invocation_response::success("{\"tier\":\"" + tierOf(request.payload) + "\"}", "application/json");
}

int main() {
  run_handler(handler);
  return 0;
}

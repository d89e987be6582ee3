// Business logic written into the handler lambda itself.
#include <aws/lambda-runtime/runtime.h>

#include <string>

using namespace aws::lambda_runtime;

int main() {
  run_handler([](invocation_request const& request) {  // expect: CODE006
    const std::string& p = request.payload;
    int score = 0;
    if (p.empty()) return invocation_response::failure("empty", "BadRequest");
    if (p.size() > 4096) return invocation_response::failure("too large", "BadRequest");
    for (char c : p) {
      if (c == '{' || c == '[') ++score;
      else if (c == '}' || c == ']') --score;
      else if (c == '"') score += 2;
    }
    while (score > 100) score /= 2;
    switch (score % 3) {
      case 0: score += 1; break;
      case 1: score += 2; break;
      default: break;
    }
    std::string tier = score > 50 ? "gold" : score > 10 ? "silver" : "bronze";
    if (tier == "gold" && p.find("vip") != std::string::npos) tier = "platinum";
    return invocation_response::success("{\"tier\":\"" + tier + "\"}", "application/json");
  });
  return 0;
}

// An order lookup whose handler keeps state between invocations.
#include <aws/lambda-runtime/runtime.h>

#include <map>
#include <string>
#include <vector>

using namespace aws::lambda_runtime;

namespace {
std::map<std::string, std::string> cache;
std::vector<std::string> seen;
int invocations = 0;
}  // namespace

static std::string load(const std::string& id) {
  if (cache.count(id) == 0) {
    cache[id] = "{\"id\":\"" + id + "\"}";  // expect: CODE001
  }
  return cache.at(id);
}

static invocation_response handler(invocation_request const& request) {
  ++invocations;  // expect: CODE001
  static int calls = 0;
  calls += 1;  // expect: CODE001
  seen.push_back(request.request_id);  // expect: CODE001
  return invocation_response::success(load(request.payload), "application/json");
}

static void unused(const std::string& id) {
  cache[id] = "";  // not reached from the handler
}

int main() {
  seen.reserve(16);
  run_handler(handler);
  return 0;
}

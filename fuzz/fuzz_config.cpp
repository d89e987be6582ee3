// Fuzz target: the `.lambdalint.yaml` configuration parser. A ConfigError is its documented
// way to refuse input; anything else escaping (or a crash) is a bug. What it accepts must
// print back as YAML that it accepts again (--print-config round trip).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lambdalint/config/config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lambdalint::config;
  std::string text(reinterpret_cast<const char*>(data), size);
  Config cfg;
  try {
    cfg = parseConfig(".lambdalint.yaml", std::move(text), "/fuzz/.lambdalint.yaml");
  } catch (const ConfigError&) {
    return 0;
  }
  std::string again = toYaml(cfg);
  try {
    (void)parseConfig(".lambdalint.yaml", again, "/fuzz/.lambdalint.yaml");
  } catch (const ConfigError&) {
    std::abort();  // --print-config wrote something the parser rejects
  }
  (void)cfg.acceptsFile("/fuzz/a/template.yaml");
  return 0;
}

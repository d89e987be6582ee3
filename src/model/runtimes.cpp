#include "lambdalint/model/runtimes.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>

#include <nlohmann/json.hpp>

#include "lambdalint/data/embedded.hpp"

namespace lambdalint::model {
namespace {

std::vector<RuntimeInfo> load() {
  std::vector<RuntimeInfo> out;
  // The file is ours and checked by a test; a malformed build would fail that test, not here.
  const nlohmann::json doc =
      nlohmann::json::parse(data::embedded("lambda-runtimes.json"), nullptr, false);
  if (!doc.is_object() || !doc.contains("runtimes")) return out;
  for (const auto& [id, r] : doc["runtimes"].items()) {
    RuntimeInfo info;
    info.id = id;
    info.language = r.value("language", "");
    info.deprecated = r.value("deprecated", "");
    info.blockCreate = r.value("blockCreate", "");
    info.blockUpdate = r.value("blockUpdate", "");
    info.successor = r.value("successor", "");
    info.snapStart = r.value("snapStart", false);
    out.push_back(std::move(info));
  }
  std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.id < b.id; });
  return out;
}

}  // namespace

const std::vector<RuntimeInfo>& allRuntimes() {
  static const std::vector<RuntimeInfo> runtimes = load();  // thread-safe initialisation
  return runtimes;
}

const RuntimeInfo* findRuntime(std::string_view id) {
  const auto& all = allRuntimes();
  auto it = std::lower_bound(all.begin(), all.end(), id,
                             [](const RuntimeInfo& r, std::string_view v) { return r.id < v; });
  return it != all.end() && it->id == id ? &*it : nullptr;
}

std::string todayIso() {
  // SOURCE_DATE_EPOCH (reproducible-builds.org) pins "today" for reproducible reports and tests.
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long seconds = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0' && seconds >= 0) now = static_cast<std::time_t>(seconds);
  }
  // Rules ask once per template: the date is formatted again only when the UTC day changes
  // (gmtime_r takes glibc's time zone lock on every call).
  struct Formatted {
    std::time_t day = -1;
    char text[16] = {};
  };
  thread_local Formatted last;
  // A UTC day has 86400 time_t seconds; a time before 1970 (a failed clock) is not cached.
  const std::time_t day = now >= 0 ? now / 86400 : -1;
  if (day < 0 || day != last.day) {
    std::tm utc{};
    gmtime_r(&now, &utc);
    std::strftime(last.text, sizeof last.text, "%Y-%m-%d", &utc);
    last.day = day;
  }
  return last.text;
}

}  // namespace lambdalint::model

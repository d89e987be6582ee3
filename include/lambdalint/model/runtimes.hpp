#pragma once
// Lambda's managed runtimes and their lifecycle, from data/lambda-runtimes.json (kept by hand
// from the AWS Lambda runtimes page, compiled into the binary).
#include <string>
#include <string_view>
#include <vector>

namespace lambdalint::model {

struct RuntimeInfo {
  std::string id;           // "python3.12"
  std::string language;     // "python", "nodejs", "java", "dotnet", "ruby", "go", "os-only"
  std::string deprecated;   // YYYY-MM-DD: no more security patches from this day
  std::string blockCreate;  // YYYY-MM-DD: new functions can no longer use it
  std::string blockUpdate;  // YYYY-MM-DD: existing functions can no longer be updated
  std::string successor;    // the runtime to move to; empty for the newest
  bool snapStart = false;   // Lambda SnapStart supports it
};

// The runtime with this identifier, or null when Lambda has no such managed runtime.
const RuntimeInfo* findRuntime(std::string_view id);

// Every known runtime, sorted by identifier.
const std::vector<RuntimeInfo>& allRuntimes();

// Today in UTC as YYYY-MM-DD, or the day of SOURCE_DATE_EPOCH (seconds) when that is set.
std::string todayIso();

}  // namespace lambdalint::model

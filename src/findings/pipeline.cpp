#include "lambdalint/findings/pipeline.hpp"

#include <cstdio>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <stdexcept>

#include "lambdalint/engine/registry.hpp"

namespace lambdalint::findings {

bool applyConfig(const config::Config& config, Finding& f) {
  const RuleMeta* m = findMeta(f.ruleId);
  if (m != nullptr && !config.enabled(*m)) return false;
  auto it = config.severity.find(f.ruleId);
  if (it != config.severity.end()) f.severity = it->second;
  return true;
}

bool isInFiles(const std::set<std::string>& files, const Finding& f) {
  if (files.count(f.location.file)) return true;
  for (const ReportedLocation& r : f.related)
    if (files.count(r.file)) return true;
  return false;
}

namespace {

std::string shellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::set<std::string> changedFiles(const std::filesystem::path& root, const std::string& ref) {
  if (ref.empty() || ref[0] == '-') throw std::runtime_error("invalid git reference '" + ref + "'");
  // -z: NUL-separated names, never quoted, whatever characters they hold.
  std::string cmd = "git -C " + shellQuote(root.string()) + " diff --name-only -z --relative " +
                    shellQuote(ref) + " -- 2>/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  if (!pipe) throw std::runtime_error("cannot run git");
  std::string output;
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof buf, pipe.get())) output.append(buf, n);
  int status = pclose(pipe.release());
  if (status != 0)
    throw std::runtime_error("git diff --name-only " + ref + " failed (is " + root.string() +
                             " in a git repository, and " + ref + " a commit?)");
  std::set<std::string> files;
  size_t start = 0;
  while (start < output.size()) {
    size_t end = output.find('\0', start);
    if (end == std::string::npos) end = output.size();
    if (end > start) files.insert(output.substr(start, end - start));
    start = end + 1;
  }
  return files;
}

Baseline readBaseline(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error(file.string() + ": cannot read the baseline");
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    throw std::runtime_error(file.string() + ": not a lambdalint baseline or SARIF file");
  Baseline b;
  if (j.contains("runs")) {  // SARIF from a previous run
    for (const auto& run : j["runs"])
      for (const auto& r : run.value("results", nlohmann::json::array())) {
        const auto& fp = r.value("partialFingerprints", nlohmann::json::object());
        if (fp.contains("lambdalint/v1") && fp["lambdalint/v1"].is_string())
          b.fingerprints.insert(fp["lambdalint/v1"].get<std::string>());
      }
    return b;
  }
  if (j.value("format", "") != "lambdalint-baseline" || !j.contains("findings") ||
      !j["findings"].is_array())
    throw std::runtime_error(file.string() + ": not a lambdalint baseline or SARIF file");
  for (const auto& f : j["findings"])
    if (f.is_object() && f.contains("fingerprint") && f["fingerprint"].is_string())
      b.fingerprints.insert(f["fingerprint"].get<std::string>());
  return b;
}

void writeBaseline(std::ostream& out, const FindingSource& findings) {
  nlohmann::ordered_json j;
  j["format"] = "lambdalint-baseline";
  j["version"] = 1;
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  findings.forEach([&](const Finding& f) {
    if (!f.suppression)
      list.push_back({{"ruleId", f.ruleId}, {"file", f.location.file}, {"fingerprint", f.fingerprint}});
  });
  j["findings"] = std::move(list);
  out << j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

void applyBaseline(const Baseline& baseline, Finding& f) {
  f.baselineState = baseline.fingerprints.count(f.fingerprint) ? BaselineState::Unchanged
                                                               : BaselineState::New;
}

}  // namespace lambdalint::findings

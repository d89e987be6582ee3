// OPS007 api-access-log-not-json: access logs in a text format instead of JSON.
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class ApiAccessLogNotJson final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    // A format written once (SAM Globals) is shared by several stages: one finding there.
    std::vector<std::pair<const model::ApiStage*, std::vector<std::string>>> groups;
    std::map<std::tuple<const SourceFile*, uint32_t, uint32_t>, size_t> byPlace;
    for (const model::ApiStage& s : ctx.project().apiStages) {
      if (!s.accessLogSet) continue;
      std::optional<std::string> format = writtenText(s.accessLogFormat);
      if (!format) continue;  // absent (the tool's default) or an expression
      const size_t first = format->find_first_not_of(" \t\r\n");
      if (first != std::string::npos && (*format)[first] == '{') continue;
      const Location& at = s.accessLogFormat.where;
      auto [it, added] = byPlace.emplace(std::make_tuple(at.file, at.range.begin.line, at.range.begin.column),
                                         groups.size());
      if (added) groups.push_back({&s, {}});
      groups[it->second].second.push_back(apiStageLabel(s));
    }
    for (const auto& [stage, labels] : groups) {
      std::string subject = labels.front();
      if (labels.size() > 1) subject += " (and " + std::to_string(labels.size() - 1) + " more sharing this format)";
      ctx.report(stage->accessLogFormat.where,
                 subject + " writes access logs in a format that is not JSON: queries and metric "
                           "filters need a parsing rule for every field");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_OPS007() { return std::make_unique<ApiAccessLogNotJson>(); }

}  // namespace lambdalint::rules

// OPS005 no-error-alarm: no alarm on the function's Errors or Throttles metric.
#include <memory>
#include <set>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

bool failureMetric(const model::Alarm& a) {
  std::string metric = a.metricName.effectiveText().value_or("");
  return metric == "Errors" || metric == "Throttles";
}

class NoErrorAlarm final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    std::set<std::string> watched;
    for (const model::Alarm& a : ctx.project().alarms) {
      if (!failureMetric(a)) continue;
      if (!a.functionId.empty()) watched.insert(a.functionId);
      // An alarm on the whole AWS/Lambda namespace watches every function of the region.
      else if (a.dimensions.empty() && a.metricNamespace.effectiveText() == "AWS/Lambda")
        return;
    }
    for (const model::Function& fn : ctx.project().functions)
      if (!watched.count(fn.id))
        ctx.report(fn.where, "no CloudWatch alarm watches the Errors or Throttles of `" +
                                 fn.label() + "`: its failures go unnoticed");
  }
};

}  // namespace

std::unique_ptr<Rule> make_OPS005() { return std::make_unique<NoErrorAlarm>(); }

}  // namespace lambdalint::rules

// OPS003 log-retention-not-set: a function's log group without RetentionInDays, or no log
// group in the template at all (Lambda then creates one that never expires).
#include <memory>
#include <set>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

class LogRetentionNotSet final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const model::Project& project = ctx.project();
    std::set<std::string> withGroup;
    for (const model::LogGroup& g : project.logGroups) {
      if (g.functionId.empty()) continue;
      withGroup.insert(g.functionId);
      if (!g.retentionInDays.present())
        ctx.report(g.where, "log group `" + g.id + "` of function `" + g.functionId +
                                "` has no retention (RetentionInDays): its logs are kept, and billed, "
                                "forever");
    }
    for (const model::Function& fn : project.functions) {
      if (withGroup.count(fn.id)) continue;
      // LoggingConfig naming a group outside the template: its retention is set elsewhere.
      if (fn.logging && fn.logging->logGroup.present()) continue;
      ctx.report(fn.where, "function `" + fn.label() +
                               "` has no log group in the template: Lambda creates "
                               "/aws/lambda/<name> on first use, with logs kept forever")
          .severity(Severity::Note);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_OPS003() { return std::make_unique<LogRetentionNotSet>(); }

}  // namespace lambdalint::rules

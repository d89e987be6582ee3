// OPS004 logging-not-structured: LoggingConfig.LogFormat is not JSON.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

// A written format other than JSON (an expression is given the benefit of the doubt).
bool writtenNotJson(const model::Value& v) {
  std::optional<std::string> text = writtenText(v);
  return text && *text != "JSON";
}

class LoggingNotStructured final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    std::vector<const model::Function*> plain;
    for (const model::Function& fn : ctx.project().functions) {
      const model::Value* format = fn.logging ? &fn.logging->logFormat : nullptr;
      if (!format || !format->present()) {
        ctx.report(fn.where, "function `" + fn.label() +
                                 "` logs plain text: set LoggingConfig.LogFormat to JSON so "
                                 "logs can be queried by field and level");
        continue;
      }
      if (writtenNotJson(*format)) plain.push_back(&fn);
    }
    SharedGroups<model::Value> groups;
    for (const model::Function* fn : plain)
      groups.add(*fn, fn->logging->logFormat, fn->logging->logFormat.where);
    for (const Shared<model::Value>& g : groups)
      ctx.report(g.where, "log format `" + g.item->effectiveText().value_or("") + "` of " +
                              functionList(g.ids()) + " is not structured: use JSON");
  }
};

}  // namespace

std::unique_ptr<Rule> make_OPS004() { return std::make_unique<LoggingNotStructured>(); }

}  // namespace lambdalint::rules

// OPS002 runtime-deprecated: the runtime is deprecated, blocked, or close to deprecation.
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"
#include "lambdalint/model/runtimes.hpp"

namespace lambdalint::rules {
namespace {

namespace chr = std::chrono;

std::optional<chr::sys_days> parseDate(const std::string& iso) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (std::sscanf(iso.c_str(), "%d-%u-%u", &y, &m, &d) != 3) return std::nullopt;
  chr::year_month_day ymd{chr::year{y}, chr::month{m}, chr::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return chr::sys_days{ymd};
}

// Where a runtime is in its lifecycle today.
enum class Stage { Supported, DeprecatedSoon, Deprecated, UpdatesBlocked };

Stage stageOf(const model::RuntimeInfo& r, const std::string& today, long long warnDays) {
  if (!r.blockUpdate.empty() && today >= r.blockUpdate) return Stage::UpdatesBlocked;
  if (!r.deprecated.empty() && today >= r.deprecated) return Stage::Deprecated;
  auto now = parseDate(today), deprecation = parseDate(r.deprecated);
  if (warnDays > 0 && now && deprecation && (*deprecation - *now).count() <= warnDays)
    return Stage::DeprecatedSoon;
  return Stage::Supported;
}

std::string datesOf(const model::RuntimeInfo& r) {
  return "deprecated " + r.deprecated + ", function creation blocked from " + r.blockCreate +
         ", updates blocked from " + r.blockUpdate;
}

class RuntimeDeprecated final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const std::string today = model::todayIso();
    const long long warnDays = ctx.intOption("warn-days-before");
    std::vector<const model::Function*> old;
    for (const model::Function& fn : ctx.project().functions)
      if (const model::RuntimeInfo* r = runtimeOf(fn.runtime))
        if (stageOf(*r, today, warnDays) != Stage::Supported) old.push_back(&fn);
    for (const Shared<model::Value>& g : groupBySharedValue(old, &model::Function::runtime)) {
      const model::RuntimeInfo& r = *runtimeOf(*g.item);
      const std::string subject = "runtime `" + r.id + "` of " + functionList(g.ids());
      const std::string moveTo =
          r.successor.empty() ? "" : ": move to `" + r.successor + "`";
      switch (stageOf(r, today, warnDays)) {
        case Stage::UpdatesBlocked:
          ctx.report(g.where, "Lambda blocks updates of functions on " + subject + " since " +
                                  r.blockUpdate + " (" + datesOf(r) +
                                  "): the next deployment that changes them fails" + moveTo)
              .severity(Severity::Error);
          break;
        case Stage::Deprecated:
          ctx.report(g.where, "The " + subject + " is deprecated since " + r.deprecated +
                                  " and no longer gets security patches (" + datesOf(r) + ")" +
                                  moveTo);
          break;
        case Stage::DeprecatedSoon:
          ctx.report(g.where, "The " + subject + " will be deprecated on " + r.deprecated + " (" +
                                  datesOf(r) + ")" + moveTo)
              .severity(Severity::Note);
          break;
        case Stage::Supported:
          break;
      }
    }
  }

 private:
  static const model::RuntimeInfo* runtimeOf(const model::Value& v) {
    std::optional<std::string> text = writtenText(v);
    return text ? model::findRuntime(*text) : nullptr;
  }
};

}  // namespace

std::unique_ptr<Rule> make_OPS002() { return std::make_unique<RuntimeDeprecated>(); }

}  // namespace lambdalint::rules

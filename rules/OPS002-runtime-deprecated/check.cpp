// OPS002 runtime-deprecated: the runtime is deprecated, blocked, or close to deprecation.
#include <charconv>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"
#include "lambdalint/model/runtimes.hpp"

namespace lambdalint::rules {
namespace {

namespace chr = std::chrono;

// One number of a date at `pos`, followed by `separator` ('\0': the end of the text).
template <class Number>
bool readDatePart(std::string_view iso, size_t& pos, char separator, Number& out) {
  const char* end = iso.data() + iso.size();
  auto [next, ec] = std::from_chars(iso.data() + pos, end, out);
  if (ec != std::errc() || next == iso.data() + pos) return false;
  pos = static_cast<size_t>(next - iso.data());
  if (separator == '\0') return true;
  if (pos >= iso.size() || iso[pos] != separator) return false;
  ++pos;
  return true;
}

// YYYY-MM-DD, as the runtime table and todayIso write dates (without sscanf: this runs for
// every function of every template).
std::optional<chr::sys_days> parseDate(std::string_view iso) {
  int y = 0;
  unsigned m = 0, d = 0;
  size_t pos = 0;
  if (!readDatePart(iso, pos, '-', y) || !readDatePart(iso, pos, '-', m) ||
      !readDatePart(iso, pos, '\0', d))
    return std::nullopt;
  chr::year_month_day ymd{chr::year{y}, chr::month{m}, chr::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return chr::sys_days{ymd};
}

// Where a runtime is in its lifecycle today.
enum class Stage { Supported, DeprecatedSoon, Deprecated, UpdatesBlocked };

// Today as text (compared with the table's dates as text) and as a day, parsed once per check.
struct Today {
  std::string iso;
  std::optional<chr::sys_days> day;
};

Stage stageOf(const model::RuntimeInfo& r, const Today& today, long long warnDays) {
  if (!r.blockUpdate.empty() && today.iso >= r.blockUpdate) return Stage::UpdatesBlocked;
  if (!r.deprecated.empty() && today.iso >= r.deprecated) return Stage::Deprecated;
  if (warnDays <= 0 || !today.day) return Stage::Supported;
  const auto deprecation = parseDate(r.deprecated);
  if (deprecation && (*deprecation - *today.day).count() <= warnDays)
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
    Today today{model::todayIso(), std::nullopt};
    today.day = parseDate(today.iso);
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

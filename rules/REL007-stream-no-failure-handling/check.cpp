// REL007 stream-no-failure-handling: a stream mapping without a retry limit, batch
// bisection or an on-failure destination.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

bool isOn(const model::Value& v) {
  // Anything but a written false counts: an expression may well be true.
  std::optional<std::string> text = v.effectiveText();
  return v.present() && !(text && (*text == "false" || *text == "False"));
}

class StreamNoFailureHandling final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions)
      for (const model::Trigger& t : fn.triggers) {
        if (t.kind != model::Trigger::Kind::Kinesis && t.kind != model::Trigger::Kind::DynamoDb)
          continue;
        std::vector<std::string> missing;
        if (!t.maximumRetryAttempts.present() && !t.maximumRecordAge.present())
          missing.emplace_back("no MaximumRetryAttempts or MaximumRecordAgeInSeconds (a failing "
                               "record is retried until it expires, blocking its shard)");
        if (!isOn(t.bisectOnError)) missing.emplace_back("BisectBatchOnFunctionError off");
        if (!t.onFailureDestination.present())
          missing.emplace_back("no on-failure destination (records given up on are lost)");
        if (missing.empty()) continue;
        std::string list;
        for (const std::string& m : missing) list += (list.empty() ? "" : "; ") + m;
        ctx.report(t.where, std::string(t.kind == model::Trigger::Kind::Kinesis ? "Kinesis"
                                                                               : "DynamoDB") +
                                " stream trigger `" + t.name + "` of `" + fn.label() + "`: " +
                                list);
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL007() { return std::make_unique<StreamNoFailureHandling>(); }

}  // namespace lambdalint::rules

// REL006 sqs-visibility-timeout-too-short: a queue's visibility timeout below six times the
// timeout of the function that polls it (below one time: an error).
#include <map>
#include <optional>
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

constexpr long long kSqsDefaultVisibility = 30;  // seconds
constexpr long long kRecommendedFactor = 6;

class SqsVisibilityTimeoutTooShort final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const model::Project& project = ctx.project();
    std::map<std::string, const model::Queue*> queues;
    for (const model::Queue& q : project.queues) queues[q.id] = &q;
    for (const model::Function& fn : project.functions) {
      // Unknown timeouts (expressions, parameters without default) are not judged.
      std::optional<long long> timeout =
          fn.timeout.present() ? fn.timeout.effectiveInt() : fn.defaultTimeout;
      if (!timeout) continue;
      for (const model::Trigger& t : fn.triggers) {
        if (t.kind != model::Trigger::Kind::Sqs) continue;
        auto q = queues.find(t.sourceId);
        if (q == queues.end()) continue;
        const model::Queue& queue = *q->second;
        std::optional<long long> visibility = queue.visibilityTimeout.present()
                                                  ? queue.visibilityTimeout.effectiveInt()
                                                  : kSqsDefaultVisibility;
        if (!visibility || *visibility >= kRecommendedFactor * *timeout) continue;
        const Location& where =
            queue.visibilityTimeout.present() ? queue.visibilityTimeout.where : queue.where;
        const std::string subject =
            "visibility timeout of queue `" + queue.id + "` (" + std::to_string(*visibility) +
            " s" + (queue.visibilityTimeout.present() ? "" : ", SQS's default") + ")";
        const std::string timeoutText = "the " + std::to_string(*timeout) + " s timeout of `" +
                                        fn.label() + "`";
        auto finding =
            *visibility < *timeout
                ? ctx.report(where, "the " + subject + " is shorter than " + timeoutText +
                                        ": messages reappear while being processed and are "
                                        "handled twice")
                : ctx.report(where, "the " + subject + " is less than six times " +
                                        timeoutText + " (AWS recommends at least " +
                                        std::to_string(kRecommendedFactor * *timeout) + " s)");
        if (*visibility < *timeout) finding.severity(Severity::Error);
        finding.related(fn.timeout.present() ? fn.timeout.where : fn.where,
                        "the function's timeout");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL006() { return std::make_unique<SqsVisibilityTimeoutTooShort>(); }

}  // namespace lambdalint::rules

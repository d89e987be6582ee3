// REL005 async-no-failure-destination: asynchronous invocations whose failures are dropped.
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"

namespace lambdalint::rules {
namespace {

class AsyncNoFailureDestination final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      if (fn.deadLetterTarget.present() || fn.onFailureDestination.present()) continue;
      std::vector<const model::Trigger*> async;
      for (const model::Trigger& t : fn.triggers)
        if (t.mode() == model::Trigger::Mode::Asynchronous) async.push_back(&t);
      if (async.empty()) continue;

      std::string sources;
      for (size_t i = 0; i < async.size() && i < 3; ++i) {
        if (i > 0) sources += ", ";
        sources += std::string(model::triggerKindName(async[i]->kind)) + " `" + async[i]->name +
                   "`";
      }
      if (async.size() > 3) sources += " and " + std::to_string(async.size() - 3) + " more";

      FindingBuilder b = ctx.report(
          fn.where, "function `" + fn.label() + "` is invoked asynchronously (" + sources +
                        ") but has neither a dead-letter queue nor an on-failure destination: "
                        "events that still fail after Lambda's retries are discarded without a "
                        "trace");
      for (const model::Trigger* t : async)
        b.related(t->where, std::string("asynchronous trigger: ") +
                                model::triggerKindName(t->kind) + " `" + t->name + "`");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_REL005() { return std::make_unique<AsyncNoFailureDestination>(); }

}  // namespace lambdalint::rules

// CODE000 handler-not-found: a function's handler does not resolve to local code.
#include <memory>

#include "lambdalint/engine/rule.hpp"

namespace lambdalint::rules {
namespace {

using Status = model::HandlerLink::Status;

class HandlerNotFound final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions) {
      const model::HandlerLink& link = fn.handlerLink;
      std::string what;
      const Location* where = &fn.handler.where;
      switch (link.status) {
        case Status::FileNotFound:
          what = "cannot be found: " + link.reason;
          break;
        case Status::FunctionNotFound:
          what = "cannot be found: " + link.reason;
          break;
        case Status::OutsideRoot:
          what = "is not analysed: " + link.reason;
          if (fn.code.where.known()) where = &fn.code.where;
          break;
        default:
          continue;
      }
      if (!where->known()) where = &fn.where;
      ctx.report(*where, "the handler `" + fn.handler.text + "` of function `" + fn.label() +
                             "` " + what);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_CODE000() { return std::make_unique<HandlerNotFound>(); }

}  // namespace lambdalint::rules

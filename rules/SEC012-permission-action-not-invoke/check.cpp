// SEC012 permission-action-not-invoke: a resource-based permission grants more than invoking
// the function (reading its code, changing it, deleting it).
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"
#include "lambdalint/support/ascii_case.hpp"

namespace lambdalint::rules {
namespace {


class PermissionActionNotInvoke final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::Function& fn : ctx.project().functions)
      for (const model::Permission& p : fn.permissions) {
        if (!p.action.isLiteral()) continue;  // a parameter or expression: not judged
        const std::string action = ascii::lowered(p.action.text);
        if (action == "lambda:invokefunction" || action == "lambda:invokefunctionurl") continue;
        FindingBuilder b = ctx.report(
            p.action.where.known() ? p.action.where : p.where,
            "permission `" + p.id + "` grants `" + p.action.text + "` on `" + fn.label() +
                "`: a resource-based permission should only let callers invoke the function "
                "(`lambda:InvokeFunction`)");
        // A wildcard that includes invoking is narrowed without losing what callers need.
        if (action == "*" || action == "lambda:*" || action == "lambda:invoke*")
          b.fix("replace with lambda:InvokeFunction", p.action.where,
                replacementKeepingQuotes(p.action.where, "lambda:InvokeFunction"));
      }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC012() { return std::make_unique<PermissionActionNotInvoke>(); }

}  // namespace lambdalint::rules

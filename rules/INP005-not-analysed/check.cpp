// INP005 not-analysed: a nested application or stack, a transform or an Fn::ForEach loop
// whose content is not checked.
#include <memory>
#include <string>

#include "lambdalint/engine/rule.hpp"

namespace lambdalint::rules {
namespace {

class NotAnalysed final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    for (const model::NotAnalysed& n : ctx.project().notAnalysed) {
      const std::string subject =
          n.id.empty() ? "this " + n.what : n.what + " `" + n.id + "`";
      const std::string why = n.why.empty() ? "" : " (" + n.why + ")";
      ctx.report(n.where, subject + " is not analysed" + why +
                              ": lambdalint does not see the resources and properties it adds, "
                              "so they are not checked");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_INP005() { return std::make_unique<NotAnalysed>(); }

}  // namespace lambdalint::rules

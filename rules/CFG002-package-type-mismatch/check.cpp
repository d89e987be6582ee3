// CFG002 package-type-mismatch: zip functions need Handler and Runtime; image functions must
// not set Handler, Runtime or Layers.
#include <memory>
#include <string>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint::rules {
namespace {

bool isImage(const model::Function& fn) {
  return fn.packageType.effectiveText().value_or("") == "Image";
}

class PackageTypeMismatch final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    // Image functions: each property that must not be there, grouped by where it is written
    // (a Globals value is one finding for every image function it reaches).
    SharedGroups<model::Value> forbidden;
    for (const model::Function& fn : ctx.project().functions) {
      if (!isImage(fn)) {
        checkZip(ctx, fn);
        continue;
      }
      if (fn.handler.present()) forbidden.add(fn, fn.handler, fn.handler.where, "Handler");
      if (fn.runtime.present()) forbidden.add(fn, fn.runtime, fn.runtime.where, "Runtime");
      if (!fn.layers.empty()) forbidden.add(fn, fn.layers.front(), fn.layers.front().where, "Layers");
    }
    for (const Shared<model::Value>& g : forbidden)
      ctx.report(g.where, "`" + g.key + "` is set for " + functionList(g.ids()) +
                              ", packaged as a container image: Lambda rejects " + g.key +
                              " on image functions" +
                              (g.key == "Layers" ? " (put the layers' content in the image)"
                                                 : " (the image's CMD or ImageConfig sets it)"));
  }

 private:
  static void checkZip(const RuleContext& ctx, const model::Function& fn) {
    std::vector<std::string> missing;
    if (!fn.handler.present()) missing.emplace_back("Handler");
    if (!fn.runtime.present() && !fn.runtimeHasDefault) missing.emplace_back("Runtime");
    if (missing.empty()) return;
    std::string what = missing.size() == 2 ? "`Handler` and `Runtime`" : "`" + missing[0] + "`";
    ctx.report(fn.where, "function `" + fn.label() + "` is packaged as a .zip archive but sets no " +
                             what + ": Lambda cannot create it (an image function needs " +
                             "`PackageType: Image`)");
  }
};

}  // namespace

std::unique_ptr<Rule> make_CFG002() { return std::make_unique<PackageTypeMismatch>(); }

}  // namespace lambdalint::rules

// CODE003 secret-in-code: credentials written into handler source.
#include <memory>
#include <set>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"
#include "lambdalint/secrets/scanner.hpp"

namespace lambdalint::rules {
namespace {

namespace sec = lambdalint::secrets;

class SecretInCode final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const sec::Scanner& scanner = sec::Scanner::standard();
    std::set<const model::CodeSummary*> done;  // each file once, however many handlers use it
    for (const HandlerUse& use : handlerUses(ctx.project())) {
      const model::CodeSummary& code = *use.summary;
      if (!done.insert(&code).second || !code.file) continue;
      const SourceFile& file = *code.file;
      std::set<uint32_t> reportedLines;
      // Known credential formats anywhere in the file (comments included).
      for (const sec::Detection& d : scanner.findTokens(file.content())) {
        Location where{&file, {file.positionAt(d.offset), file.positionAt(d.offset + d.length)}};
        reportedLines.insert(where.range.begin.line);
        report(ctx, use, where,
               std::string("looks like ") + article(sec::kindDescription(d.kind)) + " (" +
                   sec::redact(std::string_view(file.content()).substr(d.offset, d.length)) + ")");
      }
      // String literals bound to a secret-like name, or random-looking enough to be a key.
      for (const model::NamedLiteral& lit : code.literals) {
        if (reportedLines.count(lit.where.range.begin.line)) continue;
        const sec::NameClass cls = sec::classifyName(lit.name);
        std::optional<sec::Detection> d = scanner.classifyValue(lit.value, sec::hintForName(lit.name));
        if (d || (cls == sec::NameClass::Holds && !sec::isBenignValue(lit.value))) {
          reportedLines.insert(lit.where.range.begin.line);
          report(ctx, use, lit.where,
                 "assigns `" + lit.name + "` a hard-coded " +
                     (cls == sec::NameClass::Holds ? std::string("secret") : std::string("random-looking key")) +
                     " (" + sec::redact(lit.value) + ")");
        }
      }
    }
  }

 private:
  static std::string article(const std::string& desc) {
    bool an = desc.rfind("AWS", 0) == 0 || desc.rfind("npm", 0) == 0 ||
              std::string_view("aeiouAEIOU").find(desc.front()) != std::string_view::npos;
    return (an ? "an " : "a ") + desc;
  }

  static void report(const RuleContext& ctx, const HandlerUse& use, const Location& where,
                     const std::string& what) {
    auto f = ctx.report(where, "the handler code of " + functionList(functionIds(use.functions)) +
                                   " " + what +
                                   ": a credential in source code is in every clone, build and "
                                   "deployment package; read it at run time from AWS Secrets "
                                   "Manager or SSM Parameter Store, and rotate this one");
    f.maskSecret();  // the reported range is the credential: reports must not repeat it
    for (const model::Function* fn : use.functions)
      f.related(fn->where, "function `" + fn->label() + "` uses this code");
  }
};

}  // namespace

std::unique_ptr<Rule> make_CODE003() { return std::make_unique<SecretInCode>(); }

}  // namespace lambdalint::rules

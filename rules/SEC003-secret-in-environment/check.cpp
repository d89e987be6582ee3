// SEC003 secret-in-environment: secrets written into plain environment variables.
#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"
#include "lambdalint/secrets/scanner.hpp"

namespace lambdalint::rules {
namespace {

using model::Value;
namespace sec = lambdalint::secrets;

constexpr const char* kRunTimeAdvice =
    "store it in AWS Secrets Manager (or an SSM SecureString parameter) and read it at run "
    "time, passing only the secret's ARN or name in the environment";

// "an AWS access key id", "a GitHub token", "an npm access token".
std::string withArticle(sec::SecretKind kind) {
  const std::string desc = sec::kindDescription(kind);
  const bool an = desc.rfind("AWS", 0) == 0 || desc.rfind("npm", 0) == 0 ||
                  std::string_view("aeiouAEIOU").find(desc.front()) != std::string_view::npos;
  return (an ? "an " : "a ") + desc;
}

// "looks like an AWS access key id (AKIA… (20 characters))"
std::string looksLike(const sec::Detection& d, std::string_view text) {
  const std::string shown = sec::redact(text.substr(d.offset, d.length));
  if (d.kind == sec::SecretKind::HighEntropy)
    return "looks like a random key or token (" + shown + ")";
  return "looks like " + withArticle(d.kind) + " (" + shown + ")";
}

// What is wrong with a variable's value.
struct Verdict {
  std::string what;  // the middle of the message, after "environment variable `X` of ..."
  std::string advice;
};

// Where a finding about a variable goes: its value (or the Fn::If branch), or its name when
// the value has no place.
const Location& placeOf(const model::EnvVar& var, const Value& v) {
  return v.where.known() ? v.where : var.nameWhere;
}

// What is wrong with `v`, one value (or Fn::If branch) of the variable `var`.
std::optional<Verdict> judge(const model::EnvVar& var, const Value& v) {
  const sec::Scanner& scanner = sec::Scanner::standard();
  Verdict p;

  switch (v.kind) {
    case Value::Kind::Literal: {
      const sec::NameClass nameClass = sec::classifyName(var.name);
      const std::optional<sec::Detection> d =
          scanner.classifyValue(v.text, sec::hintForName(var.name));
      if (d) {
        p.what = "holds a plain-text value that " + looksLike(*d, v.text);
        p.advice = std::string(kRunTimeAdvice) + "; treat this one as leaked and rotate it";
        return p;
      }
      if (nameClass == sec::NameClass::Holds && !sec::isBenignValue(v.text)) {
        p.what =
            "is named like a secret and holds a plain-text value (" + sec::redact(v.text) + ")";
        p.advice = std::string(kRunTimeAdvice) +
                   "; if it is a placeholder, the real value will end up here too";
        return p;
      }
      return std::nullopt;
    }
    case Value::Kind::ParameterRef: {
      if (v.sensitive) {
        p.what = "receives the NoEcho parameter `" + v.name +
                 "`: NoEcho hides the value in the CloudFormation console and API, but Lambda "
                 "stores environment variables in plain text in the function configuration, "
                 "where anyone allowed lambda:GetFunctionConfiguration can read it";
        p.advice = std::string(kRunTimeAdvice) +
                   "; a `{{resolve:secretsmanager:...}}` dynamic reference at least keeps the "
                   "secret out of parameters and the template";
        return p;
      }
      // The parameter's default is written in the template: check it for token formats.
      if (v.hasDefault) {
        const std::vector<sec::Detection> tokens = scanner.findTokens(v.text);
        if (!tokens.empty()) {
          p.what = "receives parameter `" + v.name + "`, whose default value " +
                   looksLike(tokens.front(), v.text);
          p.advice = std::string(kRunTimeAdvice) + "; remove the default and rotate the secret";
          return p;
        }
      }
      return std::nullopt;
    }
    case Value::Kind::Unknown: {
      // An expression we do not evaluate, e.g. !Sub "postgres://app:pw@${DbHost}/orders":
      // the written parts may still contain a credential in a known format.
      const std::vector<sec::Detection> tokens = scanner.findTokens(v.text);
      if (tokens.empty()) return std::nullopt;
      p.what =
          "is built from text written in the template that " + looksLike(tokens.front(), v.text);
      p.advice = std::string(kRunTimeAdvice) + "; treat this one as leaked and rotate it";
      return p;
    }
    case Value::Kind::Absent:
    case Value::Kind::ResourceRef:
    case Value::Kind::Dynamic:
      return std::nullopt;
  }
  return std::nullopt;
}

class SecretInEnvironment final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    // One finding per written variable (a Globals environment is shared by several functions).
    // Each branch of an Fn::If is judged on its own, and the finding says which.
    struct Judged {
      const model::EnvVar* var;
      const Value* value;
    };
    std::deque<Judged> judged;  // stable addresses for the groups
    SharedGroups<Judged> groups;
    for (const model::Function& fn : ctx.project().functions)
      for (const model::EnvVar& var : fn.environment)
        for (const Value* v : var.value.alternatives())
          if (judge(var, *v))
            groups.add(fn, judged.emplace_back(Judged{&var, v}), placeOf(var, *v), var.name);
    for (const Shared<Judged>& g : groups) {
      const model::EnvVar& var = *g.item->var;
      const Verdict v = *judge(var, *g.item->value);
      const std::string when = g.item->value->whenText();
      auto f = ctx.report(g.where, (when.empty() ? "" : when + ", ") + "environment variable `" +
                                       var.name + "` of " + functionList(g.ids()) + " " + v.what +
                                       ": " + v.advice);
      f.maskSecret();  // the value is the secret: reports must not repeat it
      // Where the handler code reads it (CODE rules' handler links): the secret is used there.
      std::vector<const model::CodeSummary*> seen;
      for (const model::Function* fn : g.functions) {
        const model::CodeSummary* code = fn->handlerLink.summary.get();
        if (!code || std::find(seen.begin(), seen.end(), code) != seen.end()) continue;
        seen.push_back(code);
        for (const model::EnvRead& r : code->envReads)
          if (r.name == var.name)
            f.related(r.where, "the handler code of function `" + fn->label() + "` reads it here");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC003() { return std::make_unique<SecretInEnvironment>(); }

}  // namespace lambdalint::rules

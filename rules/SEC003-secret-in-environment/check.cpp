// SEC003 secret-in-environment: secrets written into plain environment variables.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/secrets/scanner.hpp"

namespace lambdalint::rules {
namespace {

using model::Value;
namespace sec = lambdalint::secrets;

bool sameLocation(const Location& a, const Location& b) {
  return a.known() && b.known() && a.file == b.file && a.range.begin == b.range.begin;
}

std::string joinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i > 0) out += (i + 1 == ids.size()) ? " and " : ", ";
    out += "`" + ids[i] + "`";
  }
  return out;
}

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

// A finding waiting for the functions that share its location (Globals environment).
struct Pending {
  Location where;
  std::string variable;
  std::string what;  // the middle of the message, after "environment variable `X` of ..."
  std::string advice;
  std::vector<std::string> functions;
};

std::optional<Pending> judge(const model::EnvVar& var) {
  const Value& v = var.value;
  const sec::Scanner& scanner = sec::Scanner::standard();
  Pending p;
  p.where = v.where.known() ? v.where : var.nameWhere;
  p.variable = var.name;

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
    std::vector<Pending> pending;
    for (const model::Function& fn : ctx.project().functions) {
      for (const model::EnvVar& var : fn.environment) {
        std::optional<Pending> p = judge(var);
        if (!p) continue;
        Pending* same = nullptr;
        for (Pending& q : pending)
          if (q.variable == p->variable && sameLocation(q.where, p->where)) same = &q;
        if (!same) same = &pending.emplace_back(std::move(*p));
        same->functions.push_back(fn.id);
      }
    }
    for (const Pending& p : pending) {
      const bool many = p.functions.size() > 1;
      ctx.report(p.where, "environment variable `" + p.variable + "` of " +
                              (many ? "functions " : "function ") + joinIds(p.functions) + " " +
                              p.what + ": " + p.advice);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC003() { return std::make_unique<SecretInEnvironment>(); }

}  // namespace lambdalint::rules

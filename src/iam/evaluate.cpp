// Policy evaluation over the model: Action/NotAction and Resource/NotResource patterns, an
// explicit Deny wins over any Allow. What cannot be known statically (a parameter, an
// expression, a Condition) is "maybe", so that rules only report what is certain.

#include "lambdalint/iam/iam.hpp"
#include "lambdalint/support/ascii_case.hpp"

namespace lambdalint::iam {
namespace {

// Glob matching with `*` and `?`, iterative with one backtrack point: linear-ish, no recursion.
bool glob(std::string_view p, std::string_view s, bool caseInsensitive) {
  size_t pi = 0, si = 0, star = std::string_view::npos, mark = 0;
  auto same = [&](char a, char b) { return caseInsensitive ? ascii::lower(a) == ascii::lower(b) : a == b; };
  while (si < s.size()) {
    if (pi < p.size() && (p[pi] == '?' || (p[pi] != '*' && same(p[pi], s[si])))) {
      ++pi;
      ++si;
    } else if (pi < p.size() && p[pi] == '*') {
      star = pi++;
      mark = si;
    } else if (star != std::string_view::npos) {
      pi = star + 1;
      si = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

Tri orTri(Tri a, Tri b) {
  if (a == Tri::Yes || b == Tri::Yes) return Tri::Yes;
  if (a == Tri::Maybe || b == Tri::Maybe) return Tri::Maybe;
  return Tri::No;
}
Tri andTri(Tri a, Tri b) {
  if (a == Tri::No || b == Tri::No) return Tri::No;
  if (a == Tri::Maybe || b == Tri::Maybe) return Tri::Maybe;
  return Tri::Yes;
}
Tri notTri(Tri a) { return a == Tri::Yes ? Tri::No : a == Tri::No ? Tri::Yes : Tri::Maybe; }

std::string_view prefixOf(std::string_view action) {
  size_t colon = action.find(':');
  return colon == std::string_view::npos ? std::string_view{} : action.substr(0, colon);
}

// The service field of an ARN pattern ("arn:aws:s3:::b/*" -> "s3"), or "" when it is not
// written out (a substitution, no ARN).
std::string_view arnService(std::string_view arn) {
  if (arn.substr(0, 4) != "arn:") return {};
  size_t a = arn.find(':', 4);
  if (a == std::string_view::npos) return {};
  size_t b = arn.find(':', a + 1);
  if (b == std::string_view::npos) return {};
  std::string_view service = arn.substr(a + 1, b - a - 1);
  if (service.find("${") != std::string_view::npos) return {};
  return service;
}

// Whether the service written in an ARN pattern can be the action's.
bool serviceMayMatch(std::string_view arn, std::string_view action) {
  std::string_view service = arnService(arn);
  if (service.empty()) return true;
  return glob(service, prefixOf(action), true);
}

// The part of a Sub pattern after a reference to `id` ("${B.Arn}/*" -> "/*"), or nullopt
// when the pattern does not name it.
std::optional<std::string_view> afterReference(std::string_view text, const std::string& id) {
  // A Terraform template keeps its quotes: "${aws_s3_bucket.b.arn}/*".
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
  // CloudFormation "${B.Arn}" / "${B}", Terraform "${aws_s3_bucket.b.arn}".
  for (const std::string& ref : {"${" + id + ".Arn}", "${" + id + "}", "${" + id + ".arn}"}) {
    size_t at = text.find(ref);
    if (at != std::string_view::npos) return text.substr(at + ref.size());
  }
  return std::nullopt;
}

// Whether what follows the resource's own ARN in a pattern covers the resource itself
// ("" or "*") or what is inside it ("/*", "*"): the suffix of the target ARN is "" or "/key".
Tri suffixCovers(std::string_view suffix, bool objectLevel) {
  return glob(suffix, objectLevel ? "/some-key" : "", false) ? Tri::Yes : Tri::No;
}

// Whether one Resource entry covers the target.
Tri resourceCovers(const model::Value& r, std::string_view action, const Target& t) {
  using K = model::Value::Kind;
  if (r.conditional()) {
    Tri out = Tri::No;
    for (const model::Value* alt : r.alternatives())
      if (alt->present()) out = orTri(out, resourceCovers(*alt, action, t));
    return out == Tri::Yes ? Tri::Maybe : out;  // which branch deploys is not known
  }
  switch (r.kind) {
    case K::Literal:
      if (r.text == "*") return Tri::Yes;
      if (!serviceMayMatch(r.text, action)) return Tri::No;
      return Tri::Maybe;  // the physical name behind the target is not known
    case K::ResourceRef:
      if (t.logicalId.empty()) return Tri::Maybe;
      if (r.name != t.logicalId) return Tri::No;
      // !GetAtt X.Arn is the resource itself, not the objects in it; !Ref X (a name, as SAM
      // policy templates take it) is the resource with what it holds.
      if (r.attribute == "Arn" && t.objectLevel) return Tri::No;
      return Tri::Yes;
    case K::Unknown: {
      if (r.text.empty()) return Tri::Maybe;
      if (!serviceMayMatch(r.text, action)) return Tri::No;
      if (t.logicalId.empty()) return Tri::Maybe;
      if (auto suffix = afterReference(r.text, t.logicalId)) return suffixCovers(*suffix, t.objectLevel);
      // Another resource's ARN (${Other.Arn}) is surely not the target's.
      size_t at = r.text.find("${");
      if (at != std::string::npos) {
        size_t end = r.text.find('}', at);
        std::string_view ref = std::string_view(r.text).substr(at + 2, end == std::string::npos ? 0 : end - at - 2);
        if (ref.size() > 4 && ref.substr(ref.size() - 4) == ".Arn") return Tri::No;
      }
      return Tri::Maybe;
    }
    default:
      return Tri::Maybe;
  }
}

Tri actionCovers(const model::Value& a, std::string_view action) {
  if (a.kind != model::Value::Kind::Literal) return Tri::Maybe;
  return actionMatches(a.text, action) ? Tri::Yes : Tri::No;
}

}  // namespace

bool actionMatches(std::string_view pattern, std::string_view action) {
  return glob(pattern, action, true);
}

bool resourceMatches(std::string_view pattern, std::string_view resource) {
  return glob(pattern, resource, false);
}

Tri statementApplies(const model::PolicyStatement& st, std::string_view action, const Target& t) {
  if (st.actions.empty()) return Tri::Maybe;
  Tri actions = Tri::No;
  for (const model::Value& a : st.actions) actions = orTri(actions, actionCovers(a, action));
  if (st.notAction) actions = notTri(actions);
  if (actions == Tri::No) return Tri::No;
  Tri resources = Tri::No;
  if (st.resources.empty()) resources = Tri::Maybe;
  for (const model::Value& r : st.resources) resources = orTri(resources, resourceCovers(r, action, t));
  if (st.notResource) resources = notTri(resources);
  Tri out = andTri(actions, resources);
  if (st.conditional && out == Tri::Yes) out = Tri::Maybe;
  return out;
}

Decision evaluate(const model::Role& role, std::string_view action, const Target& target) {
  Decision d;
  for (const model::Policy& p : role.policies)
    for (const model::PolicyStatement& st : p.statements) {
      Tri applies = statementApplies(st, action, target);
      if (st.allow) {
        d.allowed = orTri(d.allowed, applies);
        if (applies == Tri::Yes && !d.allowedBy) d.allowedBy = &st;
      } else {
        d.denied = orTri(d.denied, applies);
        if (applies == Tri::Yes && !d.deniedBy) d.deniedBy = &st;
      }
    }
  return d;
}

bool roleKnown(const model::Role& role, std::string* why) {
  if (role.external) {
    if (why) *why = "the role is defined outside the template";
    return false;
  }
  for (const model::Policy& p : role.policies) {
    bool catalog = p.origin == model::Policy::Origin::AwsManaged ||
                   p.origin == model::Policy::Origin::PolicyTemplate;
    if (catalog && !p.expanded) {
      if (why)
        *why = p.origin == model::Policy::Origin::PolicyTemplate
                   ? "policy template `" + p.name + "` is not in lambdalint's catalog"
                   : "managed policy `" + (p.managedArn.text.empty() ? p.name : p.managedArn.text) +
                         "` is not in lambdalint's catalog";
      return false;
    }
  }
  return true;
}

}  // namespace lambdalint::iam

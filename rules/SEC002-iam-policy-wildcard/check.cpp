// SEC002 iam-policy-wildcard: execution-role policies that allow every action, every write on
// every resource, everything but a list (NotAction), or an administrator managed policy.
#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"
#include "lambdalint/support/ascii_case.hpp"

namespace lambdalint::rules {
namespace {

using model::Policy;
using model::PolicyStatement;
using model::Value;

// Verbs that start the names of actions changing state. Tag/Untag are deliberately absent:
// tagging everything is common and not what this rule is about.
constexpr std::string_view kWriteVerbs[] = {
    "Put",        "Create",      "Delete",    "Update",        "Write",       "Send",
    "Publish",    "Attach",      "Detach",    "Modify",        "Set",         "Add",
    "Remove",     "Start",       "Stop",      "Terminate",     "Run",         "Restore",
    "Upload",     "Replace",     "Reset",     "Enable",        "Disable",     "Invoke",
    "BatchWrite", "BatchDelete", "BatchPut",  "TransactWrite", "Associate",   "Disassociate",
    "Change",     "Import",      "Copy",      "Execute",       "Reboot",      "Register",
    "Deregister", "Revoke",      "Authorize", "Pass",          "Purge",       "Rotate",
    "Cancel",     "Complete",    "Abort",     "Subscribe",     "Unsubscribe", "Apply",
    "Accept",     "Reject",      "Increase",  "Decrease",      "Allocate",    "Release",
    "Move",       "Rename",      "Flush",     "Merge",         "Expire",
};

// Write actions that have no resource-level permissions (or are granted on "*" by AWS's own
// Lambda managed policies), so `Resource: "*"` is the only way to write them:
//   xray:PutTraceSegments, xray:PutTelemetryRecords      active tracing (AWSXRayDaemonWriteAccess)
//   cloudwatch:PutMetricData                              no resource types at all
//   logs:CreateLogGroup, CreateLogStream, PutLogEvents    AWSLambdaBasicExecutionRole's grant
//   ec2:CreateNetworkInterface, DeleteNetworkInterface,   what a VPC function needs
//   ec2:AssignPrivateIpAddresses, UnassignPrivateIpAddresses  (AWSLambdaVPCAccessExecutionRole)
constexpr std::string_view kStarOnlyWrites[] = {
    "xray:puttracesegments",        "xray:puttelemetryrecords",
    "cloudwatch:putmetricdata",     "logs:createloggroup",
    "logs:createlogstream",         "logs:putlogevents",
    "ec2:createnetworkinterface",   "ec2:deletenetworkinterface",
    "ec2:assignprivateipaddresses", "ec2:unassignprivateipaddresses",
};

// IAM compares action names without regard to ASCII case: compared in place, no copies.
using ascii::equalsIgnoringCase;
using ascii::startsWithIgnoringCase;

// The text of an action or resource when it is written out.
std::optional<std::string_view> literal(const Value& v) {
  if (v.kind != Value::Kind::Literal) return std::nullopt;
  return std::string_view(v.text);
}

bool isEverything(std::string_view action) { return action == "*" || action == "*:*"; }

// "s3:*": every action of one service.
bool isServiceWildcard(std::string_view action) {
  const size_t colon = action.find(':');
  return colon != std::string_view::npos && colon > 0 && action.substr(colon + 1) == "*";
}

bool isWriteAction(std::string_view action) {
  const size_t colon = action.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view name = action.substr(colon + 1);
  const size_t wildcard = name.find_first_of("*?");
  if (wildcard == std::string_view::npos) {
    // PutObject, putobject: a verb followed by the next word (or nothing). Setting vs Set:
    // with mixed case the next word starts upper case.
    const bool mixedCase =
        std::any_of(name.begin(), name.end(),
                    [](char c) { return std::islower(static_cast<unsigned char>(c)); }) &&
        std::any_of(name.begin(), name.end(),
                    [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    for (std::string_view verb : kWriteVerbs) {
      if (!startsWithIgnoringCase(name, verb)) continue;
      if (name.size() == verb.size() || !mixedCase ||
          std::isupper(static_cast<unsigned char>(name[verb.size()])))
        return true;
    }
    return false;
  }
  // A pattern: "s3:Put*", "s3:*Object", "dynamodb:Batch*". It is a write when what precedes
  // the first wildcard could begin a write verb or already begins with one.
  std::string_view head = name.substr(0, wildcard);
  if (head.empty()) return true;
  for (std::string_view verb : kWriteVerbs)
    if (startsWithIgnoringCase(verb, head) || startsWithIgnoringCase(head, verb)) return true;
  return false;
}

bool isStarOnly(std::string_view action) {
  return std::any_of(std::begin(kStarOnlyWrites), std::end(kStarOnlyWrites),
                     [action](std::string_view starOnly) { return equalsIgnoringCase(action, starOnly); });
}

// "AdministratorAccess", "arn:aws:iam::aws:policy/AdministratorAccess",
// "arn:${AWS::Partition}:iam::aws:policy/job-function/..." -> the policy's name.
std::optional<std::string> awsManagedName(const Policy& p) {
  std::string text = p.managedArn.text.empty() ? p.name : p.managedArn.text;
  if (text.empty()) return std::nullopt;
  if (text.rfind("arn:", 0) == 0) {
    const size_t marker = text.find(":iam::aws:policy/");
    if (marker == std::string::npos) return std::nullopt;  // a customer managed policy
    text = text.substr(marker + std::string_view(":iam::aws:policy/").size());
  }
  const size_t slash = text.rfind('/');
  if (slash != std::string::npos) text = text.substr(slash + 1);
  return text;
}

std::string joinActions(const std::vector<std::string_view>& actions) {
  std::string out;
  for (size_t i = 0; i < actions.size() && i < 4; ++i) {
    if (i) out += ", ";
    out += actions[i];
  }
  if (actions.size() > 4) out += " and " + std::to_string(actions.size() - 4) + " more";
  return out;
}

// Findings collected before reporting: a policy resource attached to two roles is read into
// both, so the same place is merged into one finding naming every role and function.
class Collector {
 public:
  void add(const Location& where, std::string what, const RoleUse& use) {
    Pending* p = nullptr;
    for (Pending& q : pending_)
      if (q.what == what && sameLocation(q.where, where)) p = &q;
    if (!p) p = &pending_.emplace_back(Pending{where, std::move(what), {}, {}, false});
    if (use.role->implicit)
      p->samPolicies = true;
    else
      addUnique(p->roles, use.role->id);
    for (const model::Function* f : use.functions) addUnique(p->functions, f->label());
  }

  void report(const RuleContext& ctx) const {
    for (const Pending& p : pending_) {
      const bool many = p.functions.size() > 1;
      std::string msg = p.what + "; " + functionList(p.functions) + (many ? " get" : " gets") +
                        " this permission";
      if (!p.roles.empty())
        msg += std::string(p.roles.size() > 1 ? " through roles " : " through role ") +
               joinIds(p.roles);
      else if (p.samPolicies)
        msg += many ? " through their SAM `Policies`" : " through its SAM `Policies`";
      msg += ": grant only the actions and resources the code uses";
      ctx.report(p.where, std::move(msg));
    }
  }

 private:
  struct Pending {
    Location where;
    std::string what;
    std::vector<std::string> roles;
    std::vector<std::string> functions;
    bool samPolicies = false;  // reached through a role SAM generates from `Policies`
  };
  static void addUnique(std::vector<std::string>& v, const std::string& s) {
    if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
  }
  std::vector<Pending> pending_;
};

void checkManaged(const Policy& policy, const RoleUse& use, Collector& out) {
  const std::optional<std::string> name = awsManagedName(policy);
  if (!name) return;
  const Location& at = policy.managedArn.where.known() ? policy.managedArn.where : policy.where;
  std::string what;
  if (*name == "AdministratorAccess")
    what = "allows every action on every resource of the account";
  else if (*name == "PowerUserAccess")
    what = "allows every action on every service except most of IAM and Organizations";
  else if (*name == "IAMFullAccess")
    what =
        "lets the code create users, roles and policies, that is, grant itself any "
        "permission";
  else if (name->size() > 10 && name->ends_with("FullAccess"))
    // AmazonS3FullAccess, AmazonDynamoDBFullAccess, AWSLambda_FullAccess...: `service:*` on
    // every resource, exactly what an inline `s3:*` statement is reported for.
    what = "allows every action of a service on every resource of the account";
  else
    return;
  out.add(at, "AWS managed policy `" + *name + "` " + what, use);
}

// Option allowed-wildcard-actions: actions the team accepts as written (e.g. "xray:*"),
// compared without regard to case like IAM does.
bool allowedAction(std::string_view action, const std::vector<std::string>& allowed) {
  return std::any_of(allowed.begin(), allowed.end(),
                     [action](const std::string& a) { return equalsIgnoringCase(a, action); });
}

void checkStatement(const PolicyStatement& st, const RoleUse& use,
                    const std::vector<std::string>& allowed, Collector& out) {
  if (!st.allow) return;  // Deny statements only take permissions away
  if (st.notAction) {
    const Location& at = !st.actions.empty() && st.actions.front().where.known()
                             ? st.actions.front().where
                             : st.where;
    out.add(at,
            "`NotAction` in an Allow statement allows every action of every service except "
            "the ones listed, including actions that do not exist yet",
            use);
    return;
  }
  std::vector<std::string_view> writes;  // views of the statement's action texts
  for (const Value& a : st.actions) {
    const std::optional<std::string_view> text = literal(a);
    if (!text || allowedAction(*text, allowed)) continue;
    if (isEverything(*text)) {
      out.add(a.where, "Action `" + std::string(*text) + "` allows every action of every service",
              use);
    } else if (isServiceWildcard(*text)) {
      out.add(a.where,
              "Action `" + std::string(*text) +
                  "` allows every action of the service, including deleting its resources and "
                  "changing their permissions",
              use);
    } else if (isWriteAction(*text) && !isStarOnly(*text)) {
      writes.emplace_back(*text);
    }
  }
  if (writes.empty()) return;
  for (const Value& r : st.resources) {
    if (st.notResource) {
      out.add(r.where,
              "`NotResource` with write actions (" + joinActions(writes) +
                  ") allows them on every resource except the ones listed",
              use);
      return;
    }
    const std::optional<std::string_view> text = literal(r);
    if (text && *text == "*") {
      out.add(r.where,
              "Resource `*` with write actions (" + joinActions(writes) +
                  ") allows them on every resource of that kind in the account",
              use);
      return;
    }
  }
}

class IamPolicyWildcard final : public Rule {
 public:
  void check(const RuleContext& ctx) const override {
    const std::vector<std::string>& allowed = ctx.stringListOption("allowed-wildcard-actions");
    Collector out;
    for (const RoleUse& use : functionsByRole(ctx.project()))
      for (const Policy& policy : use.role->policies) {
        if (policy.origin == Policy::Origin::AwsManaged)
          checkManaged(policy, use, out);
        else
          for (const PolicyStatement& st : policy.statements) checkStatement(st, use, allowed, out);
      }
    out.report(ctx);
  }
};

}  // namespace

std::unique_ptr<Rule> make_SEC002() { return std::make_unique<IamPolicyWildcard>(); }

}  // namespace lambdalint::rules

#pragma once
// Shared by the rules about execution-role permissions (SEC014-SEC017): which actions are
// risky (data/iam-risky-actions.json), which resources mean "all of them", and findings in a
// policy that several roles and functions reach, reported once at the place to fix.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lambdalint/engine/rule.hpp"
#include "lambdalint/engine/rule_support.hpp"

namespace lambdalint {

struct RiskyAction {
  std::string action;             // "iam:CreatePolicyVersion"
  std::vector<std::string> with;  // also needed for the risk to be real ("iam:PassRole")
  std::string why;                // "write a new default version of ..."
};
const std::vector<RiskyAction>& privilegeEscalationActions();
const std::vector<RiskyAction>& sensitiveReadActions();
// How a finding names the written action: "`iam:Put*` (which includes `iam:PutRolePolicy`)".
std::string describeAction(const model::Value& written, const RiskyAction& risky);

// "*", "*:*" or "service:*": SEC002 reports these, so rules about specific actions skip them.
bool isBroadWildcard(std::string_view action);

// An AWS managed policy SEC002 reports as a whole (`AdministratorAccess`, `PowerUserAccess`,
// `...FullAccess`): the rules about specific actions do not repeat it statement by statement.
bool isBroadManagedPolicy(const model::Policy& policy);

// `Resource: "*"`, or an ARN whose resource part names every resource of its type
// ("arn:aws:s3:::*", "arn:${AWS::Partition}:secretsmanager:*:*:secret:*").
bool coversEveryResource(const model::Value& resource);

// The first Resource of an Allow statement that covers every resource (or the first one of a
// NotResource list); nullptr when none does.
const model::Value* everyResourceOf(const model::PolicyStatement& st);

// A specific action an execution role allows, without a condition, on every resource: what the
// rules about risky actions judge. Broad wildcards and broad managed policies are left out
// (SEC002 reports those).
struct WildcardGrant {
  const RoleUse& use;
  const model::PolicyStatement& statement;
  const model::Value& resource;  // the Resource (or NotResource) that covers everything
  const model::Value& action;    // a literal action or pattern, as written
};
// Calls `visit` for each such grant of every role a function uses; `visit` returns true when
// the rest of that statement's actions need not be looked at.
void forEachWildcardGrant(const model::Project& project,
                          const std::function<bool(const WildcardGrant&)>& visit);

// Collects findings by place: a policy attached to two roles is read into both, and is one
// place to fix. The message gets "; function `A` gets this permission through role `R`".
class RoleFindings {
 public:
  void add(const Location& where, std::string what, const RoleUse& use,
           const Location& related = {}, std::string relatedMessage = {});
  void report(const RuleContext& ctx, std::string_view advice) const;

 private:
  struct Pending {
    Location where;
    std::string what;
    std::vector<std::string> roles, functions;
    bool samPolicies = false;
    Location related;
    std::string relatedMessage;
  };
  std::vector<Pending> pending_;
};

}  // namespace lambdalint

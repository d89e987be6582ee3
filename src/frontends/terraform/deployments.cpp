// Gradual deployments of Lambda aliases with CodeDeploy, in Terraform's terms:
// - an aws_lambda_alias whose function_version is the function's `.version` (with
//   `publish = true`) moves to each new version on apply: what SAM's AutoPublishAlias does;
// - the community module's deploy submodule (terraform-aws-modules/lambda/aws//modules/deploy)
//   names the function, the alias, the deployment configuration and the rollback alarms;
// - an aws_codedeploy_deployment_group of a Lambda aws_codedeploy_app names neither: the
//   function and alias are in the AppSpec given at deployment time. It is related to the one
//   function whose alias follows its versions; when the module has several such functions
//   its target is unknown, and each of them counts as possibly deployed gradually.
#include "frontends/terraform/parts.hpp"

namespace lambdalint::frontends::terraform {
namespace {

using model::Value;

bool isDeployModule(const Module& mod, const Block& call) {
  std::string source = mod.value(call.body->get("source")).text;
  return source.find("terraform-aws-modules/lambda/aws//modules/deploy") != std::string::npos ||
         source.find("terraform-aws-lambda//modules/deploy") != std::string::npos;
}

// A deployment group's app is a Lambda one: compute_platform "Lambda" on the app it names,
// or on the group's own deployment config.
bool isLambdaGroup(const Module& mod, const Block& group) {
  const Block* app = mod.referencedBlock(group.body->get("app_name"));
  if (app && app->type == "aws_codedeploy_app")
    return mod.value(app->body->get("compute_platform")).text == "Lambda";
  const Block* cfg = mod.referencedBlock(group.body->get("deployment_config_name"));
  if (cfg && cfg->type == "aws_codedeploy_deployment_config")
    return mod.value(cfg->body->get("compute_platform")).text == "Lambda";
  return mod.value(group.body->get("deployment_config_name")).text.rfind("CodeDeployDefault.Lambda", 0) == 0;
}

// A list of alarms as written: each item, or one unknown value for an expression.
std::vector<Value> alarmList(const Module& mod, const Node* alarms) {
  std::vector<Value> out;
  const Node* n = mod.follow(alarms);
  if (!n || n->isNull()) return out;
  if (n->isSeq()) {
    for (const Node* item : n->items) out.push_back(mod.value(item));
    return out;
  }
  Value v = mod.value(n);
  v.kind = Value::Kind::Unknown;
  out.push_back(std::move(v));
  return out;
}

// `input = false` as written: turned off.
bool writtenFalse(const Module& mod, const Node* n) { return mod.value(n).effectiveText() == "false"; }

model::DeploymentPreference fromGroup(const Module& mod, const Block& group) {
  model::DeploymentPreference p;
  p.where = group.nameKey->location();
  p.type = mod.value(group.body->get("deployment_config_name"));
  for (const doc::Entry* a : blocks(group.body, "alarm_configuration"))
    if (!writtenFalse(mod, a->value->get("enabled"))) p.alarms = alarmList(mod, a->value->get("alarms"));
  return p;
}

model::DeploymentPreference fromDeployModule(const Module& mod, const Block& call) {
  const Node* b = call.body;
  model::DeploymentPreference p;
  p.where = call.nameKey->location();
  p.type = mod.value(b->get("deployment_config_name"));
  if (!writtenFalse(mod, b->get("alarm_enabled"))) p.alarms = alarmList(mod, b->get("alarms"));
  p.preTrafficHook = mod.value(b->get("before_allow_traffic_hook_arn"));
  p.postTrafficHook = mod.value(b->get("after_allow_traffic_hook_arn"));
  return p;
}

// Deployed somehow, but lambdalint cannot tell how: nothing for DEP002 to judge.
model::DeploymentPreference unknownPreference(const Block& group) {
  model::DeploymentPreference p;
  p.where = group.nameKey->location();
  p.type.kind = Value::Kind::Unknown;
  p.type.where = p.where;
  p.alarms.push_back(p.type);
  return p;
}

}  // namespace

void addDeployments(const Module& mod, model::Project& project) {
  FunctionIndex index;
  for (model::Function& fn : project.functions) index[fn.id] = &fn;

  // Aliases that follow each published version.
  std::vector<model::Function*> following;
  for (const Block* alias : mod.resourcesOfType("aws_lambda_alias")) {
    Value version = mod.value(alias->body->get("function_version"));
    if (version.kind != Value::Kind::ResourceRef || version.attribute != "version") continue;
    model::Function* fn = namedFunction(mod, index, project, alias->body->get("function_name"));
    if (!fn || fn->autoPublishAlias.present()) continue;
    fn->autoPublishAlias = mod.value(alias->body->get("name"));
    if (!fn->autoPublishAlias.present()) fn->autoPublishAlias.kind = Value::Kind::Unknown;
    fn->autoPublishAlias.where = alias->nameKey->location();
    following.push_back(fn);
  }

  for (const Block& call : mod.moduleCalls()) {
    if (!isDeployModule(mod, call)) continue;
    model::Function* fn = namedFunction(mod, index, project, call.body->get("function_name"));
    if (!fn || fn->deploymentPreference) continue;
    if (!fn->autoPublishAlias.present()) {
      fn->autoPublishAlias = mod.value(call.body->get("alias_name"));
      fn->autoPublishAlias.where = call.nameKey->location();
      if (fn->autoPublishAlias.kind == Value::Kind::Absent) fn->autoPublishAlias.kind = Value::Kind::Unknown;
    }
    fn->deploymentPreference = fromDeployModule(mod, call);
  }

  std::vector<const Block*> groups;
  for (const Block* g : mod.resourcesOfType("aws_codedeploy_deployment_group"))
    if (isLambdaGroup(mod, *g)) groups.push_back(g);
  if (groups.empty() || following.empty()) return;
  if (groups.size() == 1 && following.size() == 1) {
    if (!following.front()->deploymentPreference)
      following.front()->deploymentPreference = fromGroup(mod, *groups.front());
    return;
  }
  for (model::Function* fn : following)
    if (!fn->deploymentPreference) fn->deploymentPreference = unknownPreference(*groups.front());
}

}  // namespace lambdalint::frontends::terraform

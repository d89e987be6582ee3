#include <algorithm>

#include "frontends/cloudformation/parts.hpp"

namespace lambdalint::frontends::cloudformation {
namespace {

const Node* path(const Node* n, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    if (!n) return nullptr;
    n = n->get(k);
  }
  return n;
}

// Environment (or its Variables) may be a whole Fn::If: every branch's variables are read,
// since a deployment may get any of them; a branch that is not a mapping (a parameter, an
// expression) may set any variable.
void readEnvironment(const Template& tpl, const Node* props, model::Function& fn) {
  forEachBranch(path(props, {"Environment"}), [&](const Node* env) {
    if (!env->isMap() || isIntrinsic(env)) {
      fn.environmentOpen = true;
      return;
    }
    forEachBranch(env->get("Variables"), [&](const Node* vars) {
      if (!vars->isMap() || isIntrinsic(vars)) {
        fn.environmentOpen = true;
        return;
      }
      for (const doc::Entry& e : vars->entries) {
        if (e.key->text == "Fn::Transform") {  // AWS::Include: variables from another file
          fn.environmentOpen = true;
          continue;
        }
        bool seen = false;  // the same name in both branches: one variable
        for (const model::EnvVar& v : fn.environment) seen |= v.name == e.key->text;
        if (!seen) fn.environment.push_back(model::EnvVar{e.key->text, e.key->location(), tpl.value(e.value)});
      }
    });
  });
}

void readVpc(const Template& tpl, const doc::Entry* vpcEntry, model::Function& fn) {
  if (!vpcEntry || !vpcEntry->value->isMap() || isNoValue(vpcEntry->value)) return;
  const Node* vpc = vpcEntry->value;
  model::VpcConfig cfg;
  cfg.where = vpcEntry->key->location();
  if (isIntrinsic(vpc)) {
    // A whole Fn::If (or another expression): which subnets and security groups, and whether
    // any, depends on the deployment. Unknown, never taken for a VpcConfig without them.
    cfg.subnetList = tpl.value(vpc);
    cfg.securityGroupsSet = true;
    cfg.securityGroupList = cfg.subnetList;
    fn.vpc = std::move(cfg);
    return;
  }
  if (const doc::Entry* subnets = vpc->findEntry("SubnetIds")) {
    cfg.subnetsWhere = subnets->key->location();
    if (subnets->value->isSeq())
      for (const Node* item : subnets->value->items) cfg.subnets.push_back(tpl.value(item));
    else
      cfg.subnetList = tpl.value(subnets->value);
  }
  if (const Node* groups = vpc->get("SecurityGroupIds")) {
    cfg.securityGroupsSet = true;
    if (groups->isSeq())
      for (const Node* item : groups->items) cfg.securityGroups.push_back(tpl.value(item));
    else
      cfg.securityGroupList = tpl.value(groups);
  }
  fn.vpc = std::move(cfg);
}

// CDK writes the construct path of each resource ("Stack/Function/Resource") and the asset
// folder of its code in the resource's Metadata.
void readCdkMetadata(const Template& tpl, const Resource& res, model::Function& fn) {
  if (!res.metadata || !res.metadata->isMap()) return;
  std::string_view cdkPath = scalarText(res.metadata->get("aws:cdk:path"));
  constexpr std::string_view kResource = "/Resource";
  if (cdkPath.size() > kResource.size() &&
      cdkPath.substr(cdkPath.size() - kResource.size()) == kResource)
    cdkPath.remove_suffix(kResource.size());
  fn.displayName = std::string(cdkPath);
  if (const Node* asset = res.metadata->get("aws:asset:path"); asset && asset->isScalar())
    fn.code = tpl.value(asset);
}

// Fills `fn`, a new element of project.functions: a Function is large (several KB), so it is
// read in place rather than built aside and moved in.
void readFunction(doc::Document& doc, const Template& tpl, const Resource& res, bool sam,
                  model::Project& project, model::Function& fn) {
  fn.id = res.id;
  fn.source = sam ? "sam" : "cloudformation";
  fn.where = res.key->location();
  const doc::Entry* propsEntry = res.body->findEntry("Properties");
  fn.propertiesWhere = propsEntry ? propsEntry->key->location() : fn.where;
  const Node* props = res.properties;
  if (sam) props = mergeGlobals(doc, tpl.globals("Function"), props);
  if (!props || !props->isMap()) return;

  fn.runtime = tpl.value(props->get("Runtime"));
  fn.handler = tpl.value(props->get("Handler"));
  fn.memorySize = tpl.value(props->get("MemorySize"));
  fn.timeout = tpl.value(props->get("Timeout"));
  fn.packageType = tpl.value(props->get("PackageType"));
  fn.roleRef = tpl.value(props->get("Role"));
  readEnvironment(tpl, props, fn);
  readVpc(tpl, props->findEntry("VpcConfig"), fn);
  readFunctionSettings(tpl, props, sam, fn);
  if (sam) {
    fn.code = tpl.value(props->get("CodeUri"));
    if (!fn.code.present()) fn.code = fn.inlineCode;
    fn.tracing = tpl.value(props->get("Tracing"));
    fn.deadLetterTarget = tpl.value(path(props, {"DeadLetterQueue", "TargetArn"}));
    if (fn.asyncInvoke) fn.onFailureDestination = fn.asyncInvoke->onFailure;
    fn.autoPublishAlias = tpl.value(props->get("AutoPublishAlias"));
    addSamEvents(tpl, props->get("Events"), fn);
    if (!fn.roleRef.present()) addImplicitRole(tpl, props->get("Policies"), fn, project);
    if (const doc::Entry* url = props->findEntry("FunctionUrlConfig")) {
      model::Trigger t;
      t.kind = model::Trigger::Kind::FunctionUrl;
      t.name = "FunctionUrlConfig";
      t.type = "FunctionUrlConfig";
      t.where = url->key->location();
      fn.triggers.push_back(std::move(t));
    }
  } else {
    fn.code = tpl.value(props->get("Code"));
    readCdkMetadata(tpl, res, fn);
    fn.tracing = tpl.value(path(props, {"TracingConfig", "Mode"}));
    fn.deadLetterTarget = tpl.value(path(props, {"DeadLetterConfig", "TargetArn"}));
  }
}

}  // namespace

void addFunctions(doc::Document& doc, const Template& tpl, model::Project& project) {
  auto isFunction = [](const Resource& r) {
    return r.type == "AWS::Serverless::Function" || r.type == "AWS::Lambda::Function";
  };
  // A Function is large (several KB): growing the vector one by one moves them all repeatedly.
  project.functions.reserve(project.functions.size() +
                            std::count_if(tpl.resources().begin(), tpl.resources().end(), isFunction));
  for (const Resource& res : tpl.resources()) {
    if (res.type == "AWS::Serverless::Function")
      readFunction(doc, tpl, res, /*sam=*/true, project, project.functions.emplace_back());
    else if (res.type == "AWS::Lambda::Function")
      readFunction(doc, tpl, res, /*sam=*/false, project, project.functions.emplace_back());
  }
}

}  // namespace lambdalint::frontends::cloudformation

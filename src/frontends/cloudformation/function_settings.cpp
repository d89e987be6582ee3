// The settings of a function beyond runtime, handler and role: packaging, concurrency,
// deployment, asynchronous invocation, URL and logging. SAM and CloudFormation spell most of
// them alike; where they differ, the SAM form is read only for SAM functions.
#include "frontends/cloudformation/parts.hpp"

namespace lambdalint::frontends::cloudformation {
namespace {

const Node* path(const Node* n, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    if (!n || !n->isMap()) return nullptr;
    n = n->get(k);
  }
  return n;
}

Location keyWhere(const Node* map, std::string_view key) {
  const doc::Entry* e = map && map->isMap() ? map->findEntry(key) : nullptr;
  return e ? e->key->location() : Location{};
}

// A destination: its ARN, or the SAM `Type` when no ARN is written (SAM then creates one).
model::Value destination(const Template& tpl, const Node* d) {
  model::Value v = tpl.value(path(d, {"Destination"}));
  return v.present() ? v : tpl.value(path(d, {"Type"}));
}

}  // namespace

std::vector<model::Value> readValueList(const Template& tpl, const Node* n) {
  std::vector<model::Value> out;
  forEachItem(n, [&](const Node* item) { out.push_back(tpl.value(item)); });
  return out;
}

model::AsyncInvokeConfig readAsyncInvokeConfig(const Template& tpl, const Node* cfg,
                                               const Location& where) {
  model::AsyncInvokeConfig a;
  a.where = where;
  a.maximumRetryAttempts = tpl.value(path(cfg, {"MaximumRetryAttempts"}));
  a.maximumEventAgeInSeconds = tpl.value(path(cfg, {"MaximumEventAgeInSeconds"}));
  a.onSuccess = destination(tpl, path(cfg, {"DestinationConfig", "OnSuccess"}));
  a.onFailure = destination(tpl, path(cfg, {"DestinationConfig", "OnFailure"}));
  return a;
}

model::FunctionUrl readFunctionUrl(const Template& tpl, const Node* cfg, const Location& where) {
  model::FunctionUrl u;
  u.where = where;
  u.authType = tpl.value(path(cfg, {"AuthType"}));
  u.invokeMode = tpl.value(path(cfg, {"InvokeMode"}));
  const Node* cors = path(cfg, {"Cors"});
  u.corsSet = cors != nullptr && !cors->isNull();
  u.allowOrigins = readValueList(tpl, path(cors, {"AllowOrigins"}));
  u.allowCredentials = tpl.value(path(cors, {"AllowCredentials"}));
  return u;
}

void readFunctionSettings(const Template& tpl, const Node* props, bool sam, model::Function& fn) {
  fn.functionName = tpl.value(props->get("FunctionName"));
  fn.layers = readValueList(tpl, props->get("Layers"));
  fn.architectures = readValueList(tpl, props->get("Architectures"));
  fn.snapStart = tpl.value(path(props, {"SnapStart", "ApplyOn"}));
  fn.runtimeUpdateMode = tpl.value(path(props, {"RuntimeManagementConfig", "UpdateRuntimeOn"}));
  fn.runtimeVersionArn = tpl.value(path(props, {"RuntimeManagementConfig", "RuntimeVersionArn"}));
  fn.reservedConcurrency = tpl.value(props->get("ReservedConcurrentExecutions"));
  fn.ephemeralStorage = tpl.value(path(props, {"EphemeralStorage", "Size"}));
  fn.kmsKeyArn = tpl.value(props->get("KmsKeyArn"));
  fn.codeSigningConfig = tpl.value(props->get("CodeSigningConfigArn"));
  if (const Node* logging = props->get("LoggingConfig"); logging && logging->isMap()) {
    model::LoggingConfig l;
    l.where = keyWhere(props, "LoggingConfig");
    l.logFormat = tpl.value(logging->get("LogFormat"));
    l.logGroup = tpl.value(logging->get("LogGroup"));
    l.applicationLogLevel = tpl.value(logging->get("ApplicationLogLevel"));
    l.systemLogLevel = tpl.value(logging->get("SystemLogLevel"));
    fn.logging = std::move(l);
  }
  if (!sam) {
    fn.imageUri = tpl.value(path(props, {"Code", "ImageUri"}));
    fn.inlineCode = tpl.value(path(props, {"Code", "ZipFile"}));
    return;
  }
  fn.imageUri = tpl.value(props->get("ImageUri"));
  fn.inlineCode = tpl.value(props->get("InlineCode"));
  fn.provisionedConcurrency =
      tpl.value(path(props, {"ProvisionedConcurrencyConfig", "ProvisionedConcurrentExecutions"}));
  if (const Node* d = props->get("DeploymentPreference"); d && d->isMap()) {
    model::DeploymentPreference p;
    p.where = keyWhere(props, "DeploymentPreference");
    p.type = tpl.value(d->get("Type"));
    p.enabled = tpl.value(d->get("Enabled"));
    p.alarms = readValueList(tpl, d->get("Alarms"));
    p.preTrafficHook = tpl.value(path(d, {"Hooks", "PreTraffic"}));
    p.postTrafficHook = tpl.value(path(d, {"Hooks", "PostTraffic"}));
    fn.deploymentPreference = std::move(p);
  }
  if (const Node* cfg = props->get("EventInvokeConfig"); cfg && cfg->isMap())
    fn.asyncInvoke = readAsyncInvokeConfig(tpl, cfg, keyWhere(props, "EventInvokeConfig"));
  if (const Node* cfg = props->get("FunctionUrlConfig"); cfg && cfg->isMap())
    fn.url = readFunctionUrl(tpl, cfg, keyWhere(props, "FunctionUrlConfig"));
}

}  // namespace lambdalint::frontends::cloudformation

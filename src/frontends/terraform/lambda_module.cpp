// Calls of the community module terraform-aws-modules/lambda/aws: each is one function with
// the inputs the module documents (function_name, handler, runtime, source_path, timeout...).
// The module creates one role per function unless `create_role = false` names `lambda_role`.
#include "frontends/terraform/parts.hpp"

namespace lambdalint::frontends::terraform {
namespace {

using model::Value;
using Kind = model::Trigger::Kind;

// The module's own default timeout, the same as Lambda's.
constexpr int kModuleDefaultTimeout = 3;

bool isLambdaModule(const Module& mod, const Block& call) {
  std::string source = mod.value(call.body->get("source")).text;
  return source.find("terraform-aws-modules/lambda/aws") != std::string::npos ||
         source.find("terraform-aws-modules/terraform-aws-lambda") != std::string::npos;
}

// An input that is `true` as written (a literal, or a variable's default); `byDefault` when
// it is not written or not known.
bool enabled(const Module& mod, const Node* body, std::string_view input, bool byDefault) {
  Value v = mod.value(body->get(input));
  if (!v.present()) return byDefault;
  std::optional<std::string> t = v.effectiveText();
  if (!t) return byDefault;  // decided at apply time: the module's default is the best guess
  return *t == "true";
}

// source_path: a path, or a list of paths / {path = ...} objects; the first local folder.
Value sourceFolder(const Module& mod, const Node* sourcePath) {
  const Node* n = mod.follow(sourcePath);
  if (n && n->isSeq()) n = n->items.empty() ? nullptr : mod.follow(n->items.front());
  if (n && n->isMap()) n = n->get("path");
  Value v = mod.value(n);
  if (!v.isLiteral()) {
    v.kind = v.present() ? Value::Kind::Unknown : Value::Kind::Absent;
    return v;
  }
  // A single file: its folder holds the handler module.
  std::string_view t = v.text;
  for (std::string_view ext : {".py", ".js", ".mjs", ".cjs", ".ts", ".go", ".java", ".rb"})
    if (t.ends_with(ext)) {
      size_t slash = t.find_last_of('/');
      v.text = slash == std::string_view::npos ? "." : std::string(t.substr(0, slash));
      break;
    }
  return v;
}

void addModuleStatements(const Module& mod, const Node* statements, model::Policy& p) {
  const Node* map = mod.follow(statements);
  if (!map || !map->isMap()) return;
  for (const doc::Entry& e : map->entries) {
    const Node* s = mod.follow(e.value);
    if (!s || !s->isMap()) continue;
    model::PolicyStatement st;
    st.where = e.key->location();
    st.allow = mod.value(s->get("effect")).text != "Deny";
    const Node* actions = s->get("actions");
    if (!actions && (actions = s->get("not_actions"))) st.notAction = true;
    forEachItem(mod.follow(actions), [&](const Node* a) { st.actions.push_back(mod.value(a)); });
    const Node* resources = s->get("resources");
    if (!resources && (resources = s->get("not_resources"))) st.notResource = true;
    forEachItem(mod.follow(resources), [&](const Node* r) { st.resources.push_back(mod.value(r)); });
    p.statements.push_back(std::move(st));
  }
}

void addModuleRole(const Module& mod, const Block& call, model::Function& fn,
                   model::Project& project) {
  const Node* b = call.body;
  if (!enabled(mod, b, "create_role", true)) {
    fn.roleRef = mod.value(b->get("lambda_role"));
    return;  // resolved with the module's other roles
  }
  model::Role& role = project.roles.emplace_back();
  role.id = call.address + " role";
  role.implicit = true;  // one per function, created by the module
  role.where = call.nameKey->location();
  auto policy = [&](model::Policy::Origin origin, std::string_view input) -> model::Policy& {
    model::Policy& p = role.policies.emplace_back();
    p.origin = origin;
    p.name = std::string(input);
    const doc::Entry* e = b->findEntry(input);
    p.where = e ? e->key->location() : role.where;
    return p;
  };
  if (enabled(mod, b, "attach_policy_statements", false))
    addModuleStatements(mod, b->get("policy_statements"), policy(model::Policy::Origin::Inline, "policy_statements"));
  if (enabled(mod, b, "attach_policy_json", false))
    policy(model::Policy::Origin::Inline, "policy_json").statements = readPolicy(mod, b->get("policy_json"));
  if (enabled(mod, b, "attach_policy", false)) {
    model::Policy& p = policy(model::Policy::Origin::AwsManaged, "policy");
    p.managedArn = mod.value(b->get("policy"));
  }
  if (enabled(mod, b, "attach_policies", false))
    forEachItem(mod.follow(b->get("policies")), [&](const Node* arn) {
      model::Policy& p = policy(model::Policy::Origin::AwsManaged, "policies");
      p.managedArn = mod.value(arn);
      p.where = p.managedArn.where;
    });
  fn.role = &role;
}

Kind serviceKind(std::string_view service) {
  if (service == "apigateway") return Kind::Api;
  if (service == "s3") return Kind::S3;
  if (service == "sns") return Kind::Sns;
  if (service == "events") return Kind::EventBridge;
  if (service == "scheduler") return Kind::Schedule;
  if (service == "logs") return Kind::CloudWatchLogs;
  if (service == "iot") return Kind::IoT;
  if (service == "elasticloadbalancing") return Kind::Alb;
  if (service == "cognito-idp") return Kind::Cognito;
  return Kind::Other;
}

// allowed_triggers = { Name = { service = "s3", source_arn = ... } } (or `principal`).
void addAllowedTriggers(const Module& mod, const Node* triggers, model::Function& fn) {
  const Node* map = mod.follow(triggers);
  if (!map || !map->isMap()) return;
  for (const doc::Entry& e : map->entries) {
    const Node* t = mod.follow(e.value);
    if (!t || !t->isMap()) continue;
    std::string service = mod.value(t->get("service")).text;
    if (service.empty()) {
      std::string principal = mod.value(t->get("principal")).text;
      service = principal.substr(0, principal.find('.'));
    }
    model::Trigger trigger;
    trigger.kind = serviceKind(service);
    trigger.name = e.key->text;
    trigger.type = "allowed_triggers";
    trigger.where = e.key->location();
    if (trigger.kind == Kind::Api) {  // which routes, and their authorization, is not written here
      trigger.authorizer.kind = Value::Kind::Unknown;
      trigger.authorizer.where = trigger.where;
    }
    fn.triggers.push_back(std::move(trigger));
  }
}

// -1 is the module's default for concurrency inputs: nothing reserved or provisioned.
Value unlessMinusOne(Value v) {
  if (v.isLiteral() && v.text == "-1") return Value{};
  return v;
}

// The log group the module creates for the function (unless told to use an existing one),
// with retention cloudwatch_logs_retention_in_days: none by default.
void addModuleLogGroup(const Module& mod, const Block& call, model::Project& project) {
  const Node* b = call.body;
  if (enabled(mod, b, "use_existing_cloudwatch_log_group", false)) return;
  model::LogGroup g;
  g.id = call.address + " log group";
  g.functionId = call.address;
  const doc::Entry* retention = b->findEntry("cloudwatch_logs_retention_in_days");
  g.where = retention ? retention->key->location() : call.nameKey->location();
  g.retentionInDays = mod.value(retention ? retention->value : nullptr);
  if (g.retentionInDays.kind == Value::Kind::Literal && g.retentionInDays.text.empty()) g.retentionInDays = Value{};
  g.kmsKeyId = mod.value(b->get("cloudwatch_logs_kms_key_id"));
  project.logGroups.push_back(std::move(g));
}

model::Function readModuleFunction(const Module& mod, const Block& call, model::Project& project) {
  const Node* b = call.body;
  model::Function fn;
  fn.id = call.address;
  fn.source = "terraform";
  fn.where = call.nameKey->location();
  fn.propertiesWhere = fn.where;
  fn.defaultTimeout = kModuleDefaultTimeout;
  fn.runtime = mod.value(b->get("runtime"));
  fn.handler = mod.value(b->get("handler"));
  fn.memorySize = mod.value(b->get("memory_size"));
  fn.timeout = mod.value(b->get("timeout"));
  fn.packageType = mod.value(b->get("package_type"));
  fn.imageUri = mod.value(b->get("image_uri"));
  fn.tracing = mod.value(b->get("tracing_mode"));
  fn.deadLetterTarget = mod.value(b->get("dead_letter_target_arn"));
  // Destinations are configured only with create_async_event_config.
  if (enabled(mod, b, "create_async_event_config", false))
    fn.onFailureDestination = mod.value(b->get("destination_on_failure"));
  if (enabled(mod, b, "create_package", true)) fn.code = sourceFolder(mod, b->get("source_path"));
  else fn.code = mod.value(b->get("local_existing_package"));
  if (const Node* vars = mod.follow(b->get("environment_variables")); vars && vars->isMap())
    for (const doc::Entry& e : vars->entries) {
      if (isExpression(e.key)) {  // `(local.name) = ...`: a name we do not evaluate
        fn.environmentOpen = true;
        continue;
      }
      fn.environment.push_back(model::EnvVar{e.key->text, e.key->location(), mod.value(e.value)});
    }
  else if (vars && !vars->isNull())
    fn.environmentOpen = true;  // merge(...), a variable: not read
  if (const doc::Entry* subnets = b->findEntry("vpc_subnet_ids")) {
    model::VpcConfig cfg;
    cfg.where = subnets->key->location();
    cfg.subnetsWhere = cfg.where;
    const Node* list = mod.follow(subnets->value);
    if (list && list->isSeq())
      for (const Node* item : list->items) cfg.subnets.push_back(mod.value(item));
    else
      cfg.subnetList = mod.value(subnets->value);
    if (const Node* groups = b->get("vpc_security_group_ids")) {
      cfg.securityGroupsSet = true;
      const Node* g = mod.follow(groups);
      if (g && g->isSeq())
        for (const Node* item : g->items) cfg.securityGroups.push_back(mod.value(item));
      else
        cfg.securityGroupList = mod.value(groups);
    }
    if (!list || !list->isNull()) fn.vpc = std::move(cfg);
  }
  if (enabled(mod, b, "publish", false)) fn.versions.push_back(call.address + " (publish = true)");
  fn.functionName = mod.value(b->get("function_name"));
  fn.kmsKeyArn = mod.value(b->get("kms_key_arn"));
  fn.codeSigningConfig = mod.value(b->get("code_signing_config_arn"));
  fn.ephemeralStorage = mod.value(b->get("ephemeral_storage_size"));
  fn.reservedConcurrency = unlessMinusOne(mod.value(b->get("reserved_concurrent_executions")));
  fn.provisionedConcurrency = unlessMinusOne(mod.value(b->get("provisioned_concurrent_executions")));
  forEachItem(mod.follow(b->get("layers")), [&](const Node* l) { fn.layers.push_back(mod.value(l)); });
  forEachItem(mod.follow(b->get("architectures")),
              [&](const Node* a) { fn.architectures.push_back(mod.value(a)); });
  // snap_start = true: SnapStart on published versions.
  if (const doc::Entry* snap = b->findEntry("snap_start")) {
    Value on = mod.value(snap->value);
    if (on.isLiteral()) on.text = on.text == "true" ? "PublishedVersions" : "None";
    fn.snapStart = on;
  }
  if (const doc::Entry* format = b->findEntry("logging_log_format")) {
    model::LoggingConfig cfg;
    cfg.where = format->key->location();
    cfg.logFormat = mod.value(format->value);
    cfg.applicationLogLevel = mod.value(b->get("logging_application_log_level"));
    cfg.systemLogLevel = mod.value(b->get("logging_system_log_level"));
    cfg.logGroup = mod.value(b->get("logging_log_group"));
    fn.logging = std::move(cfg);
  }
  addModuleRole(mod, call, fn, project);
  addAllowedTriggers(mod, b->get("allowed_triggers"), fn);
  return fn;
}

}  // namespace

void addLambdaModules(const Module& mod, model::Project& project) {
  for (const Block& call : mod.moduleCalls()) {
    if (!isLambdaModule(mod, call)) continue;
    // The same module makes layers (create_layer) or nothing (create, create_function).
    const Node* b = call.body;
    if (!enabled(mod, b, "create", true) || !enabled(mod, b, "create_function", true) ||
        enabled(mod, b, "create_layer", false))
      continue;
    project.functions.push_back(readModuleFunction(mod, call, project));
    addModuleLogGroup(mod, call, project);
  }
}

}  // namespace lambdalint::frontends::terraform

// Module-level resources that rules relate to functions: log groups, metric alarms, SQS
// queues, API Gateway APIs (with their stages) and DynamoDB tables.
#include "frontends/terraform/parts.hpp"

#include <cctype>

namespace lambdalint::frontends::terraform {
namespace {

using model::Value;

constexpr std::string_view kLogPrefix = "/aws/lambda/";

FunctionIndex indexOf(model::Project& project) {
  FunctionIndex index;
  for (model::Function& fn : project.functions) index[fn.id] = &fn;
  return index;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// The function whose logs a log group name holds: "/aws/lambda/${aws_lambda_function.f.function_name}",
// "/aws/lambda/${var.name}" when a function's function_name is var.name too, or a literal
// "/aws/lambda/orders" when a function is named "orders". "" when none of the module.
std::string logGroupFunction(const Module& mod, const FunctionIndex& index,
                             const model::Project& project, const Node* name) {
  const Node* n = mod.follow(name);
  if (!n || !n->isScalar()) return {};
  const Value v = mod.value(n);
  if (v.isLiteral() || (v.kind == Value::Kind::ParameterRef && v.hasDefault)) {
    if (v.text.rfind(kLogPrefix, 0) != 0) return {};
    const std::string rest = v.text.substr(kLogPrefix.size());
    for (const model::Function& fn : project.functions)
      if (fn.functionName.effectiveText() == rest) return fn.id;
    return {};
  }
  if (!isExpression(n)) return {};
  std::string_view text = trimmed(n->text);
  const std::string open = "\"" + std::string(kLogPrefix) + "${";
  if (text.rfind(open, 0) != 0 || !text.ends_with("}\"")) return {};
  std::string_view inner = trimmed(text.substr(open.size(), text.size() - open.size() - 2));
  if (inner.find_first_of("${}\"") != std::string_view::npos) return {};
  std::vector<std::string> parts = referenceParts(inner);
  if (parts.size() >= 2) {
    std::string address = parts[0] + "." + parts[1];
    if (parts[0] == "module" && parts.size() >= 3 && parts[2].rfind("lambda_function", 0) == 0 &&
        index.count(address))
      return address;
    if (parts[0] == "aws_lambda_function" && index.count(address)) return address;
  }
  // The same expression as a function's function_name (var.name, local.name).
  for (const model::Function& fn : project.functions) {
    const Block* b = mod.block(fn.id);
    const Node* fnName = b ? b->body->get("function_name") : nullptr;
    if (fnName && isExpression(fnName) && trimmed(fnName->text) == inner) return fn.id;
  }
  return {};
}

void addLogGroup(const Module& mod, const FunctionIndex& index, const Block& res,
                 model::Project& project) {
  model::LogGroup g;
  g.id = res.address;
  g.where = res.nameKey->location();
  const Node* b = res.body;
  g.name = mod.value(b->get("name"));
  g.functionId = logGroupFunction(mod, index, project, b->get("name"));
  g.retentionInDays = mod.value(b->get("retention_in_days"));
  g.kmsKeyId = mod.value(b->get("kms_key_id"));
  // A function whose logging_config names this group writes to it.
  for (const model::Function& fn : project.functions)
    if (g.functionId.empty() && fn.logging &&
        fn.logging->logGroup.kind == Value::Kind::ResourceRef && fn.logging->logGroup.name == res.address)
      g.functionId = fn.id;
  project.logGroups.push_back(std::move(g));
}

void addAlarm(const Module& mod, const FunctionIndex& index, const Block& res,
              model::Project& project) {
  model::Alarm a;
  a.id = res.address;
  a.where = res.nameKey->location();
  const Node* b = res.body;
  a.metricName = mod.value(b->get("metric_name"));
  a.metricNamespace = mod.value(b->get("namespace"));
  a.threshold = mod.value(b->get("threshold"));
  a.comparison = mod.value(b->get("comparison_operator"));
  forEachItem(mod.follow(b->get("alarm_actions")), [&](const Node* n) { a.alarmActions.push_back(mod.value(n)); });
  if (const Node* dims = mod.follow(b->get("dimensions")); dims && dims->isMap())
    for (const doc::Entry& d : dims->entries) {
      a.dimensions.emplace_back(d.key->text, mod.value(d.value));
      if (d.key->text == "FunctionName" && a.functionId.empty())
        if (model::Function* fn = namedFunction(mod, index, project, d.value)) a.functionId = fn->id;
    }
  project.alarms.push_back(std::move(a));
}

void addQueue(const Module& mod, const Block& res, model::Project& project) {
  model::Queue q;
  q.id = res.address;
  q.where = res.nameKey->location();
  const Node* b = res.body;
  q.fifo = mod.value(b->get("fifo_queue")).text == "true";
  q.visibilityTimeout = mod.value(b->get("visibility_timeout_seconds"));
  q.messageRetention = mod.value(b->get("message_retention_seconds"));
  q.kmsMasterKeyId = mod.value(b->get("kms_master_key_id"));
  q.sqsManagedSse = mod.value(b->get("sqs_managed_sse_enabled"));
  auto readRedrive = [&](const Node* policy) {
    const Node* p = mod.follow(policy);
    if (!p || p->isNull()) return;
    q.redriveSet = true;
    if (p->isMap()) {
      q.deadLetterTarget = mod.value(p->get("deadLetterTargetArn"));
      q.maxReceiveCount = mod.value(p->get("maxReceiveCount"));
    }
  };
  readRedrive(b->get("redrive_policy"));
  // A separate aws_sqs_queue_redrive_policy for this queue.
  for (const Block* r : mod.resourcesOfType("aws_sqs_queue_redrive_policy"))
    if (mod.referencedBlock(r->body->get("queue_url")) == &res) readRedrive(r->body->get("redrive_policy"));
  project.queues.push_back(std::move(q));
}

void addApi(const Module& mod, const Block& res, model::Project& project) {
  model::Api api;
  api.id = res.address;
  api.where = res.nameKey->location();
  const bool v2 = res.type == "aws_apigatewayv2_api";
  if (v2)
    api.kind = mod.value(res.body->get("protocol_type")).text == "WEBSOCKET" ? model::Api::Kind::WebSocket
                                                                             : model::Api::Kind::Http;
  // Its first stage: name, tracing, access logs and default throttling.
  for (const Block* stage : mod.resourcesOfType(v2 ? "aws_apigatewayv2_stage" : "aws_api_gateway_stage")) {
    const Node* s = stage->body;
    if (mod.referencedBlock(s->get(v2 ? "api_id" : "rest_api_id")) != &res) continue;
    api.stageName = mod.value(s->get(v2 ? "name" : "stage_name"));
    if (!v2) api.tracing = mod.value(s->get("xray_tracing_enabled"));
    std::vector<const doc::Entry*> logs = blocks(s, "access_log_settings");
    api.accessLogSet = !logs.empty();
    if (!logs.empty()) api.accessLogDestination = mod.value(logs.front()->value->get("destination_arn"));
    for (const doc::Entry* d : blocks(s, "default_route_settings")) {
      api.throttlingBurst = mod.value(d->value->get("throttling_burst_limit"));
      api.throttlingRate = mod.value(d->value->get("throttling_rate_limit"));
    }
    break;
  }
  project.apis.push_back(std::move(api));
}

void addTable(const Module& mod, const Block& res, model::Project& project) {
  model::Table t;
  t.id = res.address;
  t.where = res.nameKey->location();
  for (const doc::Entry* e : blocks(res.body, "server_side_encryption"))
    t.sseEnabled = mod.value(e->value->get("enabled"));
  for (const doc::Entry* e : blocks(res.body, "point_in_time_recovery"))
    t.pointInTimeRecovery = mod.value(e->value->get("enabled"));
  project.tables.push_back(std::move(t));
}

}  // namespace

void addModuleResources(const Module& mod, model::Project& project) {
  const FunctionIndex index = indexOf(project);
  for (const Block& res : mod.resources()) {
    if (res.type == "aws_cloudwatch_log_group") addLogGroup(mod, index, res, project);
    else if (res.type == "aws_cloudwatch_metric_alarm") addAlarm(mod, index, res, project);
    else if (res.type == "aws_sqs_queue") addQueue(mod, res, project);
    else if (res.type == "aws_api_gateway_rest_api" || res.type == "aws_apigatewayv2_api") addApi(mod, res, project);
    else if (res.type == "aws_dynamodb_table") addTable(mod, res, project);
  }
}

}  // namespace lambdalint::frontends::terraform

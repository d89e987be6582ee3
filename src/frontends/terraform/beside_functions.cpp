// What rules check beside the functions: API stages, every resource as parsed, and which
// triggers invoke the unqualified function ($LATEST) rather than an alias or a version.
#include <algorithm>
#include <optional>

#include "frontends/terraform/parts.hpp"

namespace lambdalint::frontends::terraform {
namespace {

const Node* attrOf(const doc::Entry* block, std::string_view name) {
  return block && block->value ? block->value->get(name) : nullptr;
}

// Throttling of a REST stage: an aws_api_gateway_method_settings for it (any method path).
void readMethodSettings(const Module& mod, const Block& stage, model::ApiStage& s) {
  const Block* api = mod.referencedBlock(stage.body->get("rest_api_id"));
  const model::Value stageName = mod.value(stage.body->get("stage_name"));
  for (const Block* m : mod.resourcesOfType("aws_api_gateway_method_settings")) {
    const Node* b = m->body;
    const bool forStage = mod.referencedBlock(b->get("stage_name")) == &stage ||
                          (api && mod.referencedBlock(b->get("rest_api_id")) == api && stageName.isLiteral() &&
                           mod.value(b->get("stage_name")).text == stageName.text);
    if (!forStage) continue;
    for (const doc::Entry* e : blocks(b, "settings")) {
      if (!s.throttlingBurst.present()) s.throttlingBurst = mod.value(attrOf(e, "throttling_burst_limit"));
      if (!s.throttlingRate.present()) s.throttlingRate = mod.value(attrOf(e, "throttling_rate_limit"));
    }
  }
}

void addStage(const Module& mod, const Block& res, model::Project& project) {
  const bool v2 = res.type == "aws_apigatewayv2_stage";
  const Node* b = res.body;
  model::ApiStage s;
  s.id = res.address;
  s.where = res.nameKey->location();
  s.settingsWhere = b->location();
  const Block* api = mod.referencedBlock(b->get(v2 ? "api_id" : "rest_api_id"));
  if (api) s.apiId = api->address;
  if (v2)
    s.kind = api && mod.value(api->body->get("protocol_type")).text == "WEBSOCKET" ? model::Api::Kind::WebSocket
                                                                                  : model::Api::Kind::Http;
  else
    s.tracing = mod.value(b->get("xray_tracing_enabled"));
  std::vector<const doc::Entry*> logs = blocks(b, "access_log_settings");
  s.accessLogSet = !logs.empty();
  if (!logs.empty()) {
    s.accessLogDestination = mod.value(attrOf(logs.front(), "destination_arn"));
    s.accessLogFormat = mod.value(attrOf(logs.front(), "format"));
  }
  if (v2) {
    for (const doc::Entry* d : blocks(b, "default_route_settings")) {
      s.throttlingBurst = mod.value(attrOf(d, "throttling_burst_limit"));
      s.throttlingRate = mod.value(attrOf(d, "throttling_rate_limit"));
    }
  } else {
    readMethodSettings(mod, res, s);
  }
  project.apiStages.push_back(std::move(s));
}

}  // namespace

std::optional<bool> qualifiedReference(const Module& mod, const Node* n) {
  n = mod.follow(n);
  if (!n || n->isNull() || !n->isScalar()) return std::nullopt;
  const std::string& t = n->text;
  if (t.find("$LATEST") != std::string::npos) return false;
  if (t.find("aws_lambda_alias.") != std::string::npos || t.find("qualified") != std::string::npos)
    return true;
  if (!isExpression(n)) {  // a literal ARN: arn:aws:lambda:region:account:function:name[:qualifier]
    if (t.rfind("arn:", 0) != 0) return std::nullopt;
    return std::count(t.begin(), t.end(), ':') >= 7;
  }
  // "${aws_lambda_function.x.arn}:live" in a template string: the ARN with a qualifier.
  for (size_t at = t.find("${aws_lambda_function."); at != std::string::npos;
       at = t.find("${aws_lambda_function.", at + 2)) {
    const size_t close = t.find('}', at);
    if (close != std::string::npos && close + 1 < t.size() && t[close + 1] == ':') return true;
  }
  if (t.find("aws_lambda_function.") != std::string::npos ||
      (t.find("module.") != std::string::npos && t.find("lambda_function") != std::string::npos))
    return false;
  return std::nullopt;
}

namespace {

// The attributes of a trigger resource that name the function it invokes.
std::vector<const Node*> functionReferences(const Block& res) {
  const Node* b = res.body;
  std::vector<const Node*> refs;
  auto nested = [&](std::string_view block, std::string_view attr) {
    for (const doc::Entry* e : blocks(b, block)) refs.push_back(attrOf(e, attr));
  };
  if (res.type == "aws_lambda_event_source_mapping") refs.push_back(b->get("function_name"));
  else if (res.type == "aws_lambda_permission") refs.push_back(b->get("function_name"));
  else if (res.type == "aws_sns_topic_subscription") refs.push_back(b->get("endpoint"));
  else if (res.type == "aws_cloudwatch_event_target") refs.push_back(b->get("arn"));
  else if (res.type == "aws_scheduler_schedule") nested("target", "arn");
  else if (res.type == "aws_s3_bucket_notification") nested("lambda_function", "lambda_function_arn");
  else if (res.type == "aws_cloudwatch_log_subscription_filter") refs.push_back(b->get("destination_arn"));
  else if (res.type == "aws_api_gateway_integration") refs.push_back(b->get("uri"));
  else if (res.type == "aws_apigatewayv2_integration") refs.push_back(b->get("integration_uri"));
  return refs;
}

}  // namespace

void addResourcesBesideFunctions(const Module& mod, model::Project& project) {
  for (const Block& res : mod.resources()) {
    project.resources.push_back(model::RawResource{res.address, res.type, res.nameKey->location(), res.body});
    if (res.type == "aws_api_gateway_stage" || res.type == "aws_apigatewayv2_stage") addStage(mod, res, project);
  }
  for (model::Function& fn : project.functions)
    for (model::Trigger& t : fn.triggers) {
      const Block* res = mod.block(t.name);
      if (!res || res->type != t.type) continue;
      // A permission for a qualifier allows only that alias or version.
      if (res->type == "aws_lambda_permission" && res->body->get("qualifier")) {
        const Node* q = res->body->get("qualifier");
        if (!(q->isScalar() && q->text == "$LATEST")) continue;
      }
      // An API method or route stands for its integration, which set it (triggers.cpp).
      const std::vector<const Node*> refs = functionReferences(*res);
      if (refs.empty()) continue;
      bool allUnqualified = true;
      for (const Node* ref : refs)
        if (qualifiedReference(mod, ref) != std::optional<bool>(false)) allUnqualified = false;
      t.unqualifiedTarget = allUnqualified;
    }
}

}  // namespace lambdalint::frontends::terraform

// What other resources add to functions: triggers (permissions, event source mappings,
// function URLs, SNS subscriptions, EventBridge targets, S3 notifications, API Gateway
// integrations, log subscriptions, schedules), aliases, and async failure destinations.
#include "frontends/terraform/parts.hpp"

namespace lambdalint::frontends::terraform {
namespace {

using Kind = model::Trigger::Kind;
using model::Value;

// The kind of API a value points at (an aws_apigatewayv2_api is HTTP or WebSocket).
std::optional<Kind> apiKind(const Module& mod, const Block* api) {
  if (!api) return std::nullopt;
  if (api->type == "aws_api_gateway_rest_api") return Kind::Api;
  if (api->type == "aws_apigatewayv2_api")
    return mod.value(api->body->get("protocol_type")).text == "WEBSOCKET" ? Kind::WebSocket
                                                                         : Kind::HttpApi;
  return std::nullopt;
}

// A source ARN as written, often a template: "${aws_apigatewayv2_api.x.execution_arn}/*/*".
const Block* mentionedBlock(const Module& mod, const Node* n) {
  if (const Block* b = mod.referencedBlock(n)) return b;
  n = mod.follow(n);
  if (!isExpression(n)) return nullptr;
  const std::string& t = n->text;
  size_t open = t.find("${");
  if (open == std::string::npos) return nullptr;
  size_t close = t.find('}', open);
  if (close == std::string::npos) return nullptr;
  std::vector<std::string> parts = referenceParts(t.substr(open + 2, close - open - 2));
  if (parts.size() < 2) return nullptr;
  return parts[0] == "data" ? nullptr : mod.block(parts[0] + "." + parts[1]);
}

Kind eventSourceKind(const Module& mod, const Node* arn) {
  if (const Block* b = mod.referencedBlock(arn)) {
    if (b->type == "aws_sqs_queue") return Kind::Sqs;
    if (b->type == "aws_kinesis_stream") return Kind::Kinesis;
    if (b->type == "aws_dynamodb_table") return Kind::DynamoDb;
    if (b->type == "aws_msk_cluster" || b->type == "aws_msk_serverless_cluster") return Kind::Msk;
    if (b->type == "aws_mq_broker") return Kind::MQ;
    if (b->type == "aws_docdb_cluster") return Kind::DocumentDb;
  }
  std::string text = mod.value(arn).text;
  if (text.find(":sqs:") != std::string::npos) return Kind::Sqs;
  if (text.find(":kinesis:") != std::string::npos) return Kind::Kinesis;
  if (text.find(":dynamodb:") != std::string::npos) return Kind::DynamoDb;
  if (text.find(":kafka:") != std::string::npos) return Kind::Msk;
  return Kind::Other;
}

// Adds a trigger of `fn` declared by `res`; the pointer is valid until the next trigger of
// `fn` is added. nullptr when the function is not known.
model::Trigger* addTrigger(model::Function* fn, Kind kind, const Block& res) {
  if (!fn) return nullptr;
  model::Trigger t;
  t.kind = kind;
  t.name = res.address;
  t.type = res.type;
  t.where = res.nameKey->location();
  // An API route whose authorization is not read (a permission, an OpenAPI body): unknown,
  // never taken for an open route.
  if (kind == Kind::Api || kind == Kind::HttpApi || kind == Kind::WebSocket) {
    t.authorizer.kind = Value::Kind::Unknown;
    t.authorizer.where = t.where;
  }
  fn->triggers.push_back(std::move(t));
  return &fn->triggers.back();
}

// Two values that name the same thing: the same resource attribute, or the same literal.
bool sameValue(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  if (a.kind == Value::Kind::ResourceRef) return a.name == b.name && a.attribute == b.attribute;
  if (a.kind == Value::Kind::Literal || a.kind == Value::Kind::ParameterRef)
    return a.name == b.name && a.text == b.text;
  return false;
}

// Every block a value mentions: a plain reference, or each `${...}` of a template.
std::vector<const Block*> mentionedBlocks(const Module& mod, const Node* n) {
  std::vector<const Block*> out;
  if (const Block* b = mod.referencedBlock(n)) {
    out.push_back(b);
    return out;
  }
  n = mod.follow(n);
  if (!isExpression(n)) return out;
  const std::string& t = n->text;
  for (size_t open = t.find("${"); open != std::string::npos; open = t.find("${", open + 2)) {
    size_t close = t.find('}', open);
    if (close == std::string::npos) break;
    std::vector<std::string> parts = referenceParts(t.substr(open + 2, close - open - 2));
    if (parts.size() < 2) continue;
    const Block* b = parts[0] == "data" ? (parts.size() >= 3 ? mod.block("data." + parts[1] + "." + parts[2]) : nullptr)
                                        : mod.block(parts[0] + "." + parts[1]);
    if (b) out.push_back(b);
  }
  return out;
}

bool hasTriggerOfKind(const model::Function& fn, Kind kind) {
  for (const model::Trigger& t : fn.triggers)
    if (t.kind == kind) return true;
  return false;
}

class TriggerReader {
 public:
  TriggerReader(const Module& mod, model::Project& project) : mod_(mod), project_(project) {
    for (model::Function& fn : project.functions) index_[fn.id] = &fn;
  }

  model::Function* fn(const Node* n) const { return namedFunction(mod_, index_, project_, n); }

  void read(const Block& res) {
    const Node* b = res.body;
    const std::string& type = res.type;
    if (type == "aws_lambda_event_source_mapping") {
      readMapping(res);
    } else if (type == "aws_lambda_function_url") {
      readUrl(res);
    } else if (type == "aws_lambda_provisioned_concurrency_config") {
      if (model::Function* f = fn(b->get("function_name")))
        f->provisionedConcurrency = mod_.value(b->get("provisioned_concurrent_executions"));
    } else if (type == "aws_sns_topic_subscription") {
      if (mod_.value(b->get("protocol")).text == "lambda")
        if (model::Trigger* t = addTrigger(fn(b->get("endpoint")), Kind::Sns, res)) setSource(*t, b->get("topic_arn"));
    } else if (type == "aws_cloudwatch_event_target") {
      const Block* rule = mod_.referencedBlock(b->get("rule"));
      Kind kind = rule && rule->body->get("schedule_expression") ? Kind::Schedule : Kind::EventBridge;
      addTrigger(fn(b->get("arn")), kind, res);
    } else if (type == "aws_scheduler_schedule") {
      for (const doc::Entry* target : blocks(b, "target"))
        addTrigger(fn(target->value->get("arn")), Kind::Schedule, res);
    } else if (type == "aws_s3_bucket_notification") {
      for (const doc::Entry* c : blocks(b, "lambda_function"))
        if (model::Trigger* t = addTrigger(fn(c->value->get("lambda_function_arn")), Kind::S3, res)) {
          setSource(*t, b->get("bucket"));
          t->filtersSet = c->value->get("filter_prefix") || c->value->get("filter_suffix");
        }
    } else if (type == "aws_cloudwatch_log_subscription_filter") {
      addTrigger(fn(b->get("destination_arn")), Kind::CloudWatchLogs, res);
    } else if (type == "aws_api_gateway_integration") {
      readRestIntegration(res);
    } else if (type == "aws_apigatewayv2_integration") {
      readHttpIntegration(res);
    } else if (type == "aws_apigatewayv2_api") {
      // Quick create: `target` makes a default route to the function, with no authorizer.
      if (const Node* target = b->get("target"))
        if (model::Trigger* t = addTrigger(fn(target), apiKind(mod_, &res).value_or(Kind::HttpApi), res))
          t->authorizer = Value{};
    } else if (type == "aws_lb_target_group_attachment") {
      addTrigger(fn(b->get("target_id")), Kind::Alb, res);
    } else if (type == "aws_lambda_alias") {
      if (model::Function* f = fn(b->get("function_name"))) f->aliases.push_back(res.address);
    } else if (type == "aws_lambda_function_event_invoke_config") {
      readInvokeConfig(res);
    }
  }

  // Permissions last: one that allows a kind of caller already seen adds nothing new.
  void readPermission(const Block& res) {
    model::Function* f = fn(res.body->get("function_name"));
    if (!f) return;
    Kind kind = model::triggerKindOfPrincipal(mod_.value(res.body->get("principal")).text);
    if (kind == Kind::Api)
      kind = apiKind(mod_, mentionedBlock(mod_, res.body->get("source_arn"))).value_or(Kind::Api);
    if (kind != Kind::Other && hasTriggerOfKind(*f, kind)) return;
    addTrigger(f, kind, res);
  }

 private:
  // The queue, topic or bucket a trigger reads from, as written and as a resource address.
  void setSource(model::Trigger& t, const Node* n) const {
    t.source = mod_.value(n);
    if (const Block* src = mod_.referencedBlock(n)) t.sourceId = src->address;
  }

  Value attr(const Node* body, std::string_view name) const {
    return mod_.value(body ? body->get(name) : nullptr);
  }

  void readMapping(const Block& res) {
    const Node* b = res.body;
    Kind kind = eventSourceKind(mod_, b->get("event_source_arn"));
    if (kind == Kind::Other && b->get("self_managed_event_source")) kind = Kind::Msk;
    if (kind == Kind::Other && !blocks(b, "document_db_event_source_config").empty()) kind = Kind::DocumentDb;
    model::Trigger* t = addTrigger(fn(b->get("function_name")), kind, res);
    if (!t) return;
    t->source = attr(b, "event_source_arn");
    if (const Block* src = mod_.referencedBlock(b->get("event_source_arn"))) t->sourceId = src->address;
    t->enabled = attr(b, "enabled");
    t->batchSize = attr(b, "batch_size");
    t->maximumBatchingWindow = attr(b, "maximum_batching_window_in_seconds");
    t->startingPosition = attr(b, "starting_position");
    t->bisectOnError = attr(b, "bisect_batch_on_function_error");
    t->maximumRetryAttempts = attr(b, "maximum_retry_attempts");
    t->maximumRecordAge = attr(b, "maximum_record_age_in_seconds");
    t->parallelizationFactor = attr(b, "parallelization_factor");
    for (const doc::Entry* d : blocks(b, "destination_config"))
      for (const doc::Entry* f : blocks(d->value, "on_failure"))
        t->onFailureDestination = attr(f->value, "destination_arn");
    t->filtersSet = !blocks(b, "filter_criteria").empty();
    forEachItem(mod_.follow(b->get("function_response_types")), [&](const Node* r) {
      t->reportBatchItemFailures |= mod_.value(r).text == "ReportBatchItemFailures";
    });
  }

  void readUrl(const Block& res) {
    const Node* b = res.body;
    model::Function* f = fn(b->get("function_name"));
    if (!addTrigger(f, Kind::FunctionUrl, res) || f->url) return;
    model::FunctionUrl url;
    url.where = res.nameKey->location();
    url.authType = attr(b, "authorization_type");
    url.invokeMode = attr(b, "invoke_mode");
    for (const doc::Entry* cors : blocks(b, "cors")) {
      url.corsSet = true;
      forEachItem(mod_.follow(cors->value->get("allow_origins")),
                  [&](const Node* o) { url.allowOrigins.push_back(mod_.value(o)); });
      url.allowCredentials = attr(cors->value, "allow_credentials");
    }
    f->url = std::move(url);
  }

  // A REST API integration: the method it belongs to says the route and its authorization.
  void readRestIntegration(const Block& res) {
    const Node* b = res.body;
    model::Function* f = fn(b->get("uri"));
    const Block* method = mod_.referencedBlock(b->get("http_method"));
    if (!method || method->type != "aws_api_gateway_method") {
      method = nullptr;
      const Value resource = attr(b, "resource_id"), verb = attr(b, "http_method");
      for (const Block* m : mod_.resourcesOfType("aws_api_gateway_method"))
        if (sameValue(attr(m->body, "resource_id"), resource) &&
            sameValue(attr(m->body, "http_method"), verb) &&
            sameValue(attr(m->body, "rest_api_id"), attr(b, "rest_api_id")))
          method = m;
    }
    model::Trigger* t = addTrigger(f, Kind::Api, method ? *method : res);
    if (!t) return;
    t->unqualifiedTarget = qualifiedReference(mod_, b->get("uri")) == std::optional<bool>(false);
    if (!method) return;
    const Node* m = method->body;
    t->method = attr(m, "http_method");
    if (const Block* r = mod_.referencedBlock(m->get("resource_id")); r && r->type == "aws_api_gateway_resource")
      t->path = attr(r->body, "path_part");
    t->authorizer = attr(m, "authorization");
    t->apiKeyRequired = attr(m, "api_key_required");
    t->sourceId = idOf(mod_.referencedBlock(m->get("rest_api_id")));
  }

  // An HTTP or WebSocket API integration: one trigger per route that targets it.
  void readHttpIntegration(const Block& res) {
    const Node* b = res.body;
    model::Function* f = fn(b->get("integration_uri"));
    if (!f) return;
    const Block* api = mod_.referencedBlock(b->get("api_id"));
    const Kind kind = apiKind(mod_, api).value_or(Kind::HttpApi);
    const bool unqualified = qualifiedReference(mod_, b->get("integration_uri")) == std::optional<bool>(false);
    bool routed = false;
    for (const Block* route : mod_.resourcesOfType("aws_apigatewayv2_route")) {
      bool targets = false;
      for (const Block* m : mentionedBlocks(mod_, route->body->get("target"))) targets |= m == &res;
      if (!targets) continue;
      routed = true;
      model::Trigger* t = addTrigger(f, kind, *route);
      t->unqualifiedTarget = unqualified;
      const Node* r = route->body;
      Value key = attr(r, "route_key");
      if (key.isLiteral()) {
        size_t space = key.text.find(' ');
        t->method = key;
        t->method.text = space == std::string::npos ? key.text : key.text.substr(0, space);
        t->path = key;
        t->path.text = space == std::string::npos ? "" : key.text.substr(space + 1);
      }
      // authorization_type defaults to NONE: absent is an open route.
      t->authorizer = attr(r, "authorization_type");
      t->apiKeyRequired = attr(r, "api_key_required");
      t->sourceId = idOf(api);
    }
    if (!routed)
      if (model::Trigger* t = addTrigger(f, kind, res)) t->sourceId = idOf(api);
  }

  static std::string idOf(const Block* b) { return b ? b->address : std::string(); }

  void readInvokeConfig(const Block& res) {
    const Node* b = res.body;
    model::Function* f = fn(b->get("function_name"));
    if (!f) return;
    model::AsyncInvokeConfig cfg;
    cfg.where = res.nameKey->location();
    cfg.maximumRetryAttempts = mod_.value(b->get("maximum_retry_attempts"));
    cfg.maximumEventAgeInSeconds = mod_.value(b->get("maximum_event_age_in_seconds"));
    for (const doc::Entry* d : blocks(b, "destination_config")) {
      for (const doc::Entry* s : blocks(d->value, "on_success"))
        cfg.onSuccess = mod_.value(s->value->get("destination"));
      for (const doc::Entry* s : blocks(d->value, "on_failure"))
        cfg.onFailure = mod_.value(s->value->get("destination"));
    }
    if (cfg.onFailure.present() && !f->onFailureDestination.present())
      f->onFailureDestination = cfg.onFailure;
    if (!f->asyncInvoke) f->asyncInvoke = std::move(cfg);
  }

  const Module& mod_;
  model::Project& project_;
  FunctionIndex index_;
};

}  // namespace

namespace {

// Aliases name functions; a chain longer than this is a cycle.
constexpr int kMaxAliasDepth = 8;

model::Function* namedFunctionAt(const Module& mod, const FunctionIndex& index,
                                 const model::Project& project, const Node* n, int depth);

model::Function* aliasTarget(const Module& mod, const FunctionIndex& index,
                             const model::Project& project, const Block& alias, int depth) {
  if (depth >= kMaxAliasDepth) return nullptr;
  return namedFunctionAt(mod, index, project, alias.body->get("function_name"), depth + 1);
}

model::Function* namedFunctionAt(const Module& mod, const FunctionIndex& index,
                                 const model::Project& project, const Node* n, int depth) {
  Value v = mod.value(n);
  if (v.kind == Value::Kind::ResourceRef) {
    const Block* b = mod.block(v.name);
    if (b && b->type == "aws_lambda_alias") return aliasTarget(mod, index, project, *b, depth);
    auto it = index.find(v.name);
    return it == index.end() ? nullptr : it->second;
  }
  // A module call's output: module.<name>.lambda_function_arn and the like.
  if (v.kind == Value::Kind::Unknown) {
    std::vector<std::string> parts = referenceParts(v.text);
    if (parts.size() >= 3 && parts[0] == "module" && parts[2].rfind("lambda_function", 0) == 0) {
      auto it = index.find("module." + parts[1]);
      return it == index.end() ? nullptr : it->second;
    }
    // A template naming one function: "arn:...:function:${aws_lambda_function.f.function_name}".
    model::Function* found = nullptr;
    for (const Block* b : mentionedBlocks(mod, n)) {
      model::Function* f = nullptr;
      if (b->type == "aws_lambda_alias") f = aliasTarget(mod, index, project, *b, depth);
      else if (auto it = index.find(b->address); it != index.end()) f = it->second;
      if (f && found && f != found) return nullptr;  // several: not one function
      if (f) found = f;
    }
    return found;
  }
  // The same variable as a function's function_name.
  if (v.kind == Value::Kind::ParameterRef) {
    for (const Block* res : mod.resourcesOfType("aws_lambda_function")) {
      Value name = mod.value(res->body->get("function_name"));
      if (name.kind == Value::Kind::ParameterRef && name.name == v.name) {
        auto it = index.find(res->address);
        return it == index.end() ? nullptr : it->second;
      }
    }
  }
  // A function name written out: the function whose function_name is that text.
  if (v.isLiteral() && !v.text.empty()) {
    for (const Block* res : mod.resourcesOfType("aws_lambda_function")) {
      Value name = mod.value(res->body->get("function_name"));
      if (name.isLiteral() && (name.text == v.text || v.text.ends_with(":function:" + name.text))) {
        auto it = index.find(res->address);
        return it == index.end() ? nullptr : it->second;
      }
    }
  }
  return nullptr;
}

}  // namespace

model::Function* namedFunction(const Module& mod, const FunctionIndex& index,
                               const model::Project& project, const Node* n) {
  return namedFunctionAt(mod, index, project, n, 0);
}

void addTriggers(const Module& mod, model::Project& project) {
  TriggerReader reader(mod, project);
  for (const Block& res : mod.resources()) reader.read(res);
  for (const Block* res : mod.resourcesOfType("aws_lambda_permission")) reader.readPermission(*res);
}

}  // namespace lambdalint::frontends::terraform

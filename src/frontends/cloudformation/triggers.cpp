#include <unordered_map>

#include "frontends/cloudformation/parts.hpp"

namespace lambdalint::frontends::cloudformation {
namespace {

using Kind = model::Trigger::Kind;

Kind samEventKind(std::string_view type) {
  static const std::unordered_map<std::string_view, Kind> kKinds = {
      {"Api", Kind::Api},           {"HttpApi", Kind::HttpApi},
      {"SQS", Kind::Sqs},           {"Kinesis", Kind::Kinesis},
      {"DynamoDB", Kind::DynamoDb}, {"S3", Kind::S3},
      {"SNS", Kind::Sns},           {"EventBridgeRule", Kind::EventBridge},
      {"CloudWatchEvent", Kind::EventBridge},
      {"Schedule", Kind::Schedule}, {"ScheduleV2", Kind::Schedule},
      {"CloudWatchLogs", Kind::CloudWatchLogs},
      {"IoTRule", Kind::IoT},       {"Cognito", Kind::Cognito},
      {"MSK", Kind::Msk},           {"SelfManagedKafka", Kind::Msk},
      {"MQ", Kind::MQ},             {"AlexaSkill", Kind::Other},
      {"DocumentDB", Kind::DocumentDb},
  };
  auto it = kKinds.find(type);
  return it == kKinds.end() ? Kind::Other : it->second;
}

Kind eventSourceKind(const Template& tpl, const Node* sourceArn) {
  if (const Resource* r = tpl.referencedResource(sourceArn)) {
    if (r->type == "AWS::SQS::Queue") return Kind::Sqs;
    if (r->type == "AWS::Kinesis::Stream") return Kind::Kinesis;
    if (r->type == "AWS::DynamoDB::Table") return Kind::DynamoDb;
    if (r->type == "AWS::MSK::Cluster") return Kind::Msk;
    if (r->type == "AWS::AmazonMQ::Broker") return Kind::MQ;
    if (r->type == "AWS::DocDB::DBCluster") return Kind::DocumentDb;
  }
  std::string text = tpl.value(sourceArn).text;
  if (text.find(":sqs:") != std::string::npos) return Kind::Sqs;
  if (text.find(":kinesis:") != std::string::npos) return Kind::Kinesis;
  if (text.find(":dynamodb:") != std::string::npos) return Kind::DynamoDb;
  if (text.find(":kafka:") != std::string::npos) return Kind::Msk;
  return Kind::Other;
}

class FunctionIndex {
 public:
  explicit FunctionIndex(const Template& tpl, model::Project& p) : tpl_(tpl) {
    for (model::Function& fn : p.functions) byId_[fn.id] = &fn;
  }
  // The function a value names: Ref, GetAtt, "${Fn.Arn}" or the Ref of one of its aliases.
  model::Function* named(const Node* n) const {
    const Resource* r = tpl_.referencedResource(n);
    if (!r) return nullptr;
    auto it = byId_.find(r->id);
    return it == byId_.end() ? nullptr : it->second;
  }
  model::Function* withId(const std::string& id) const {
    auto it = byId_.find(id);
    return it == byId_.end() ? nullptr : it->second;
  }

 private:
  const Template& tpl_;
  std::unordered_map<std::string, model::Function*> byId_;
};

model::Trigger* addTrigger(model::Function* fn, Kind kind, const Resource& res) {
  if (!fn) return nullptr;
  model::Trigger& t = fn->triggers.emplace_back();  // large: filled in place, not moved in
  t.kind = kind;
  t.name = res.id;
  t.type = res.type;
  t.where = res.key->location();
  return &t;
}

// The queue, stream, topic... a trigger reads from, as written and as a logical id.
void setSource(const Template& tpl, const Node* n, model::Trigger& t) {
  t.source = tpl.value(n);
  if (const Resource* r = tpl.referencedResource(n)) t.sourceId = r->id;
}

// Event source mapping settings: SAM SQS/Kinesis/DynamoDB/MSK/MQ events and
// AWS::Lambda::EventSourceMapping spell them alike.
void readPollerSettings(const Template& tpl, const Node* p, model::Trigger& t) {
  t.enabled = tpl.value(p->get("Enabled"));
  t.batchSize = tpl.value(p->get("BatchSize"));
  t.maximumBatchingWindow = tpl.value(p->get("MaximumBatchingWindowInSeconds"));
  t.startingPosition = tpl.value(p->get("StartingPosition"));
  t.bisectOnError = tpl.value(p->get("BisectBatchOnFunctionError"));
  t.maximumRetryAttempts = tpl.value(p->get("MaximumRetryAttempts"));
  t.maximumRecordAge = tpl.value(p->get("MaximumRecordAgeInSeconds"));
  t.parallelizationFactor = tpl.value(p->get("ParallelizationFactor"));
  if (const Node* cfg = p->get("DestinationConfig"); cfg && cfg->isMap())
    if (const Node* onFailure = cfg->get("OnFailure"); onFailure && onFailure->isMap())
      t.onFailureDestination = tpl.value(onFailure->get("Destination"));
  const Node* filters = p->get("FilterCriteria");
  t.filtersSet = filters && !filters->isNull();
  forEachItem(p->get("FunctionResponseTypes"), [&](const Node* item) {
    t.reportBatchItemFailures |= scalarText(item) == "ReportBatchItemFailures";
  });
}

// SAM Api / HttpApi event: the API, method, path and the method's own authorizer.
void readApiEvent(const Template& tpl, const Node* p, model::Trigger& t) {
  setSource(tpl, p->get(t.kind == Kind::HttpApi ? "ApiId" : "RestApiId"), t);
  t.method = tpl.value(p->get("Method"));
  t.path = tpl.value(p->get("Path"));
  if (const Node* auth = p->get("Auth"); auth && auth->isMap()) {
    t.authorizer = tpl.value(auth->get("Authorizer"));
    t.apiKeyRequired = tpl.value(auth->get("ApiKeyRequired"));
  }
}

// The key naming what a SAM event reads from, by event kind.
std::string_view samSourceKey(Kind kind) {
  switch (kind) {
    case Kind::Sqs: return "Queue";
    case Kind::Kinesis:
    case Kind::DynamoDb:
    case Kind::Msk: return "Stream";
    case Kind::MQ: return "Broker";
    case Kind::DocumentDb: return "Cluster";
    case Kind::S3: return "Bucket";
    case Kind::Sns: return "Topic";
    case Kind::CloudWatchLogs: return "LogGroupName";
    case Kind::Cognito: return "UserPool";
    default: return {};
  }
}

// A permission tells the kind of caller by its principal; for API Gateway, the API it names
// in SourceArn tells REST from HTTP and WebSocket APIs.
void addPermissionTrigger(const Template& tpl, model::Function* fn, const Resource& res) {
  if (!fn) return;
  Kind kind = model::triggerKindOfPrincipal(scalarText(res.properties->get("Principal")));
  for (const Resource* source : tpl.mentionedResources(res.properties->get("SourceArn"))) {
    for (const model::Trigger& t : fn->triggers)
      if (t.name == source->id) return;
    if (kind == Kind::Api && source->type == "AWS::ApiGatewayV2::Api") {
      std::string_view protocol =
          source->properties ? scalarText(source->properties->get("ProtocolType")) : "";
      kind = protocol == "WEBSOCKET" ? Kind::WebSocket : Kind::HttpApi;
    } else if (kind == Kind::Api && source->type == "AWS::Serverless::HttpApi") {
      kind = Kind::HttpApi;
    }
  }
  model::Trigger* t = addTrigger(fn, kind, res);
  // The API's methods and routes (and their authorizers) are other resources, not read here:
  // the authorization is unknown, never "none".
  if (t && (kind == Kind::Api || kind == Kind::HttpApi || kind == Kind::WebSocket)) {
    t->authorizer.kind = model::Value::Kind::Unknown;
    t->authorizer.where = t->where;
  }
}

// The function an API integration invokes, and whether the URI names the function itself
// (its unqualified ARN invokes $LATEST) rather than an alias or a version.
struct IntegrationTarget {
  model::Function* fn = nullptr;
  bool unqualified = false;
};

// `rest` is what follows the ARN (":live", ":$LATEST" or nothing).
IntegrationTarget targetOfArn(const FunctionIndex& functions, const Resource* r, std::string_view rest) {
  if (!r) return {};
  if (model::Function* fn = functions.withId(r->id)) return {fn, rest.empty() || rest == ":$LATEST"};
  if ((r->type == "AWS::Lambda::Alias" || r->type == "AWS::Lambda::Version") && r->properties)
    return {functions.named(r->properties->get("FunctionName")), false};
  return {};
}

// A REST integration's Uri, "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/
// functions/<function ARN>/invocations", or an HTTP/WebSocket IntegrationUri (the function
// ARN alone), written with Ref/GetAtt, Fn::Sub (its variables map included) or Fn::Join.
IntegrationTarget integrationTarget(const Template& tpl, const FunctionIndex& functions, const Node* uri) {
  if (!uri || uri->isNull()) return {};
  if (const Resource* r = tpl.referencedResource(uri)) return targetOfArn(functions, r, "");
  const std::string text = tpl.value(uri).text;
  size_t begin = text.find("functions/");
  begin = begin == std::string::npos ? 0 : begin + std::string_view("functions/").size();
  size_t end = text.find("/invocations", begin);
  if (end == std::string::npos) end = text.size();
  const std::string_view arn = std::string_view(text).substr(begin, end - begin);
  const size_t close = arn.find('}');
  if (arn.rfind("${", 0) != 0 || close == std::string_view::npos) return {};
  const std::string name(arn.substr(2, close - 2));
  const size_t dot = name.find('.');
  if (dot != std::string::npos && name.substr(dot + 1) != "Arn") return {};
  // !Sub [pattern, {Var: !GetAtt Fn.Arn}]: the variable names the function.
  const doc::Entry* sub = uri->singleEntry();
  const Node* vars = sub && sub->key->text == "Fn::Sub" && sub->value->isSeq() && sub->value->items.size() >= 2 &&
                             sub->value->items[1]->isMap()
                         ? sub->value->items[1]
                         : nullptr;
  if (const Node* var = vars ? vars->get(name) : nullptr)
    return targetOfArn(functions, tpl.referencedResource(var), arn.substr(close + 1));
  return targetOfArn(functions, tpl.resource(name.substr(0, dot)), arn.substr(close + 1));
}

// An API Gateway method's or route integration's trigger. The method's or route's
// authorization is not read here: unknown, never taken for an open route.
void addIntegrationTrigger(const Template& tpl, const FunctionIndex& functions, const Resource& res,
                           const Node* uri, Kind kind) {
  const IntegrationTarget target = integrationTarget(tpl, functions, uri);
  model::Trigger* t = addTrigger(target.fn, kind, res);
  if (!t) return;
  t->unqualifiedTarget = target.unqualified;
  t->authorizer.kind = model::Value::Kind::Unknown;
  t->authorizer.where = t->where;
  const Node* p = res.properties;
  const bool rest = res.type == "AWS::ApiGateway::Method";
  if (rest) t->method = tpl.value(p->get("HttpMethod"));
  if (const Resource* api = tpl.referencedResource(p->get(rest ? "RestApiId" : "ApiId"))) t->sourceId = api->id;
}

void readProvisionedConcurrency(const Template& tpl, const Node* p, model::Function& fn) {
  const Node* cfg = p->get("ProvisionedConcurrencyConfig");
  if (cfg && cfg->isMap() && !fn.provisionedConcurrency.present())
    fn.provisionedConcurrency = tpl.value(cfg->get("ProvisionedConcurrentExecutions"));
}

}  // namespace

void addSamEvents(const Template& tpl, const Node* events, model::Function& fn) {
  if (!events || !events->isMap()) return;
  // A Trigger is large: each is read in place, in a vector grown once.
  fn.triggers.reserve(fn.triggers.size() + events->entries.size());
  for (const doc::Entry& e : events->entries) {
    model::Trigger& t = fn.triggers.emplace_back();
    t.name = e.key->text;
    t.type = std::string(scalarText(e.value->get("Type")));
    t.kind = samEventKind(t.type);
    t.where = e.key->location();
    if (const Node* p = e.value->get("Properties"); p && p->isMap()) {
      if (t.kind == Kind::Api || t.kind == Kind::HttpApi) readApiEvent(tpl, p, t);
      else if (std::string_view key = samSourceKey(t.kind); !key.empty()) setSource(tpl, p->get(key), t);
      if (t.kind == Kind::S3) t.filtersSet = p->get("Filter") != nullptr;  // key prefix/suffix rules
      // SNS with SqsSubscription: SAM puts a queue between the topic and the function,
      // which then polls the queue (settings in SqsSubscription) instead of being invoked.
      const Node* viaQueue = t.kind == Kind::Sns ? p->get("SqsSubscription") : nullptr;
      if (viaQueue && (viaQueue->isMap() || viaQueue->asBool().value_or(false))) {
        t.kind = Kind::Sqs;
        if (viaQueue->isMap()) {
          if (viaQueue->get("QueueArn")) setSource(tpl, viaQueue->get("QueueArn"), t);
          readPollerSettings(tpl, viaQueue, t);
        }
      } else if (t.mode() == model::Trigger::Mode::Poll) {
        readPollerSettings(tpl, p, t);
      }
      // The subscription's or rule target's own dead-letter queue.
      if (t.kind == Kind::Sns) t.deliveryDeadLetter = tpl.value(p->get("RedrivePolicy"));
      if (t.kind == Kind::EventBridge || t.kind == Kind::Schedule)
        t.deliveryDeadLetter = tpl.value(p->get("DeadLetterConfig"));
    }
  }
}

void addResourceTriggers(const Template& tpl, model::Project& project) {
  FunctionIndex functions(tpl, project);
  for (const Resource& res : tpl.resources()) {
    const Node* p = res.properties;
    if (!p || !p->isMap()) continue;
    const std::string& type = res.type;
    if (type == "AWS::Lambda::EventSourceMapping") {
      Kind kind = eventSourceKind(tpl, p->get("EventSourceArn"));
      if (kind == Kind::Other && p->get("DocumentDBEventSourceConfig")) kind = Kind::DocumentDb;
      if (model::Trigger* t = addTrigger(functions.named(p->get("FunctionName")), kind, res)) {
        setSource(tpl, p->get("EventSourceArn"), *t);
        readPollerSettings(tpl, p, *t);
      }
    } else if (type == "AWS::SNS::Subscription") {
      if (scalarText(p->get("Protocol")) == "lambda")
        if (model::Trigger* t = addTrigger(functions.named(p->get("Endpoint")), Kind::Sns, res))
          setSource(tpl, p->get("TopicArn"), *t);
    } else if (type == "AWS::SNS::Topic") {
      forEachItem(p->get("Subscription"), [&](const Node* s) {
        if (scalarText(s->get("Protocol")) == "lambda")
          if (model::Trigger* t = addTrigger(functions.named(s->get("Endpoint")), Kind::Sns, res))
            t->sourceId = res.id;
      });
    } else if (type == "AWS::Events::Rule") {
      Kind kind = p->get("ScheduleExpression") ? Kind::Schedule : Kind::EventBridge;
      forEachItem(p->get("Targets"),
                  [&](const Node* t) { addTrigger(functions.named(t->get("Arn")), kind, res); });
    } else if (type == "AWS::Scheduler::Schedule") {
      const Node* target = p->get("Target");
      if (target) addTrigger(functions.named(target->get("Arn")), Kind::Schedule, res);
    } else if (type == "AWS::S3::Bucket") {
      const Node* cfg = p->get("NotificationConfiguration");
      forEachItem(cfg ? cfg->get("LambdaConfigurations") : nullptr, [&](const Node* c) {
        if (model::Trigger* t = addTrigger(functions.named(c->get("Function")), Kind::S3, res)) {
          t->sourceId = res.id;
          t->filtersSet = c->get("Filter") != nullptr;  // key prefix/suffix rules
        }
      });
    } else if (type == "AWS::ApiGateway::Method") {
      const Node* integration = p->get("Integration");
      if (integration && integration->isMap()) {
        // A non-proxy integration can invoke asynchronously: the API answers at once and
        // does not wait for the function (not an API caller for the API's time limit).
        const Node* params = integration->get("RequestParameters");
        const Node* invocation =
            params && params->isMap() ? params->get("integration.request.header.X-Amz-Invocation-Type") : nullptr;
        const std::string_view how = scalarText(invocation);
        const bool async = how == "'Event'" || how == "Event";
        addIntegrationTrigger(tpl, functions, res, integration->get("Uri"), async ? Kind::Other : Kind::Api);
      }
    } else if (type == "AWS::ApiGatewayV2::Integration") {
      const Resource* api = tpl.referencedResource(p->get("ApiId"));
      const bool webSocket = api && api->type == "AWS::ApiGatewayV2::Api" && api->properties &&
                             scalarText(api->properties->get("ProtocolType")) == "WEBSOCKET";
      addIntegrationTrigger(tpl, functions, res, p->get("IntegrationUri"),
                            webSocket ? Kind::WebSocket : Kind::HttpApi);
    } else if (type == "AWS::Lambda::Url") {
      model::Function* fn = functions.named(p->get("TargetFunctionArn"));
      addTrigger(fn, Kind::FunctionUrl, res);
      if (fn && !fn->url) fn->url = readFunctionUrl(tpl, p, res.key->location());
    } else if (type == "AWS::Lambda::Version") {
      model::Function* fn = functions.named(p->get("FunctionName"));
      if (!fn) continue;
      fn->versions.push_back(res.id);
      readProvisionedConcurrency(tpl, p, *fn);
    } else if (type == "AWS::Lambda::Alias") {
      model::Function* fn = functions.named(p->get("FunctionName"));
      if (!fn) continue;
      fn->aliases.push_back(res.id);
      readProvisionedConcurrency(tpl, p, *fn);
    } else if (type == "AWS::Lambda::EventInvokeConfig") {
      model::Function* fn = functions.named(p->get("FunctionName"));
      if (!fn) continue;
      model::AsyncInvokeConfig cfg = readAsyncInvokeConfig(tpl, p, res.key->location());
      if (!fn->onFailureDestination.present()) fn->onFailureDestination = cfg.onFailure;
      if (!fn->asyncInvoke) fn->asyncInvoke = std::move(cfg);
    }
  }
  // Permissions last: one that allows a source already seen above adds nothing new.
  for (const Resource& res : tpl.resources())
    if (res.type == "AWS::Lambda::Permission" && res.properties)
      addPermissionTrigger(tpl, functions.named(res.properties->get("FunctionName")), res);
}

}  // namespace lambdalint::frontends::cloudformation

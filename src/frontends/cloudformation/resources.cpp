// Template-level resources that rules relate to functions: log groups, alarms, queues, APIs
// and tables. SAM Api, HttpApi and SimpleTable get their Globals merged first.
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

bool isSet(const Node* n) { return n && !n->isNull(); }

// The function a name refers to: a Ref/GetAtt of it, or a Sub "/aws/lambda/${Fn}".
std::string functionNamed(const Template& tpl, const Node* n, const model::Project& project) {
  auto isFunction = [&](const std::string& id) {
    for (const model::Function& fn : project.functions)
      if (fn.id == id) return true;
    return false;
  };
  if (const Resource* r = tpl.referencedResource(n); r && isFunction(r->id)) return r->id;
  const model::Value v = tpl.value(n);
  constexpr std::string_view kPrefix = "/aws/lambda/";
  if (v.text.rfind(kPrefix, 0) != 0) return {};
  const std::string rest = v.text.substr(kPrefix.size());
  if (rest.size() > 3 && rest.rfind("${", 0) == 0 && rest.back() == '}') {
    const std::string id = rest.substr(2, rest.size() - 3);
    return isFunction(id) ? id : std::string();
  }
  for (const model::Function& fn : project.functions)  // a literal deployed name
    if (fn.functionName.isLiteral() && fn.functionName.text == rest) return fn.id;
  return {};
}

void addLogGroup(const Template& tpl, const Resource& res, model::Project& project) {
  model::LogGroup g;
  g.id = res.id;
  g.where = res.key->location();
  const Node* p = res.properties;
  g.name = tpl.value(path(p, {"LogGroupName"}));
  g.functionId = functionNamed(tpl, path(p, {"LogGroupName"}), project);
  g.retentionInDays = tpl.value(path(p, {"RetentionInDays"}));
  g.kmsKeyId = tpl.value(path(p, {"KmsKeyId"}));
  // A function that names this group in LoggingConfig writes to it.
  for (const model::Function& fn : project.functions)
    if (g.functionId.empty() && fn.logging && fn.logging->logGroup.kind == model::Value::Kind::ResourceRef &&
        fn.logging->logGroup.name == res.id)
      g.functionId = fn.id;
  project.logGroups.push_back(std::move(g));
}

void addAlarm(const Template& tpl, const Resource& res, model::Project& project) {
  model::Alarm a;
  a.id = res.id;
  a.where = res.key->location();
  const Node* p = res.properties;
  a.metricName = tpl.value(path(p, {"MetricName"}));
  a.metricNamespace = tpl.value(path(p, {"Namespace"}));
  a.threshold = tpl.value(path(p, {"Threshold"}));
  a.comparison = tpl.value(path(p, {"ComparisonOperator"}));
  a.alarmActions = readValueList(tpl, path(p, {"AlarmActions"}));
  forEachItem(path(p, {"Dimensions"}), [&](const Node* d) {
    const std::string name(scalarText(path(d, {"Name"})));
    a.dimensions.emplace_back(name, tpl.value(path(d, {"Value"})));
    if (name == "FunctionName" && a.functionId.empty())
      a.functionId = functionNamed(tpl, path(d, {"Value"}), project);
  });
  project.alarms.push_back(std::move(a));
}

void addQueue(const Template& tpl, const Resource& res, model::Project& project) {
  model::Queue q;
  q.id = res.id;
  q.where = res.key->location();
  const Node* p = res.properties;
  q.fifo = path(p, {"FifoQueue"}) && path(p, {"FifoQueue"})->asBool().value_or(false);
  q.visibilityTimeout = tpl.value(path(p, {"VisibilityTimeout"}));
  q.messageRetention = tpl.value(path(p, {"MessageRetentionPeriod"}));
  const Node* redrive = path(p, {"RedrivePolicy"});
  q.redriveSet = isSet(redrive);
  q.deadLetterTarget = tpl.value(path(redrive, {"deadLetterTargetArn"}));
  q.maxReceiveCount = tpl.value(path(redrive, {"maxReceiveCount"}));
  q.kmsMasterKeyId = tpl.value(path(p, {"KmsMasterKeyId"}));
  q.sqsManagedSse = tpl.value(path(p, {"SqsManagedSseEnabled"}));
  project.queues.push_back(std::move(q));
}

// SAM Api / HttpApi properties (Globals merged), or the implicit API's Globals alone.
void readSamApi(const Template& tpl, const Node* p, model::Api& api) {
  if (!p || !p->isMap()) return;
  api.stageName = tpl.value(p->get("StageName"));
  if (const Node* auth = p->get("Auth"); isSet(auth)) {
    api.authSet = true;
    api.defaultAuthorizer = tpl.value(path(auth, {"DefaultAuthorizer"}));
    if (const Node* defs = path(auth, {"Authorizers"}); defs && defs->isMap())
      for (const doc::Entry& e : defs->entries) api.authorizers.push_back(e.key->text);
  }
  api.tracing = tpl.value(p->get("TracingEnabled"));
  const Node* logs = p->get(api.kind == model::Api::Kind::Http ? "AccessLogSettings" : "AccessLogSetting");
  api.accessLogSet = isSet(logs);
  api.accessLogDestination = tpl.value(path(logs, {"DestinationArn"}));
  const Node* throttle = api.kind == model::Api::Kind::Http ? p->get("DefaultRouteSettings")
                                                            : nullptr;
  forEachItem(api.kind == model::Api::Kind::Rest ? p->get("MethodSettings") : nullptr,
              [&](const Node* s) { if (!throttle) throttle = s; });
  api.throttlingBurst = tpl.value(path(throttle, {"ThrottlingBurstLimit"}));
  api.throttlingRate = tpl.value(path(throttle, {"ThrottlingRateLimit"}));
  api.cacheEnabled = tpl.value(p->get("CacheClusterEnabled"));
}

bool isApi(std::string_view type) {
  return type == "AWS::Serverless::Api" || type == "AWS::Serverless::HttpApi" ||
         type == "AWS::ApiGateway::RestApi" || type == "AWS::ApiGatewayV2::Api";
}

void addApis(doc::Document& doc, const Template& tpl, model::Project& project) {
  bool implicitRest = false, implicitHttp = false;
  for (const model::Function& fn : project.functions)
    for (const model::Trigger& t : fn.triggers)
      if (fn.source == "sam" && !t.source.present()) {
        implicitRest |= t.kind == model::Trigger::Kind::Api && t.type == "Api";
        implicitHttp |= t.kind == model::Trigger::Kind::HttpApi && t.type == "HttpApi";
      }
  for (const Resource& res : tpl.resources()) {
    if (!isApi(res.type)) continue;  // an Api is large: built only for API resources
    model::Api api;
    api.id = res.id;
    api.where = res.key->location();
    if (res.type == "AWS::Serverless::Api" || res.type == "AWS::Serverless::HttpApi") {
      const bool http = res.type == "AWS::Serverless::HttpApi";
      api.kind = http ? model::Api::Kind::Http : model::Api::Kind::Rest;
      readSamApi(tpl, mergeGlobals(doc, tpl.globals(http ? "HttpApi" : "Api"), res.properties), api);
    } else if (res.type == "AWS::ApiGateway::RestApi") {
      api.kind = model::Api::Kind::Rest;
    } else {  // AWS::ApiGatewayV2::Api
      const std::string_view protocol = scalarText(path(res.properties, {"ProtocolType"}));
      api.kind = protocol == "WEBSOCKET" ? model::Api::Kind::WebSocket : model::Api::Kind::Http;
    }
    project.apis.push_back(std::move(api));
  }
  // The APIs SAM creates for events that name none, configured by Globals alone.
  for (bool http : {false, true}) {
    if (!(http ? implicitHttp : implicitRest)) continue;
    model::Api api;
    api.id = http ? "ServerlessHttpApi" : "ServerlessRestApi";
    api.kind = http ? model::Api::Kind::Http : model::Api::Kind::Rest;
    api.implicit = true;
    const Node* globals = tpl.globals(http ? "HttpApi" : "Api");
    const doc::Entry* g = tpl.root().get("Globals") && tpl.root().get("Globals")->isMap()
                              ? tpl.root().get("Globals")->findEntry(http ? "HttpApi" : "Api")
                              : nullptr;
    if (g) api.where = g->key->location();
    readSamApi(tpl, globals, api);
    project.apis.push_back(std::move(api));
  }
}

// An event without an authorizer of its own gets its API's default one.
void applyDefaultAuthorizers(model::Project& project) {
  for (model::Function& fn : project.functions)
    for (model::Trigger& t : fn.triggers) {
      if (t.authorizer.present()) continue;
      const bool rest = t.kind == model::Trigger::Kind::Api && t.type == "Api";
      const bool http = t.kind == model::Trigger::Kind::HttpApi && t.type == "HttpApi";
      if (!rest && !http) continue;
      const std::string id = !t.sourceId.empty() ? t.sourceId
                             : rest              ? "ServerlessRestApi"
                                                 : "ServerlessHttpApi";
      for (const model::Api& api : project.apis)
        if (api.id == id) t.authorizer = api.defaultAuthorizer;
    }
}

void addTable(doc::Document& doc, const Template& tpl, const Resource& res, bool sam,
              model::Project& project) {
  model::Table t;
  t.id = res.id;
  t.where = res.key->location();
  const Node* p = sam ? mergeGlobals(doc, tpl.globals("SimpleTable"), res.properties) : res.properties;
  t.sseEnabled = tpl.value(path(p, {"SSESpecification", "SSEEnabled"}));
  t.pointInTimeRecovery =
      tpl.value(path(p, {"PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"}));
  project.tables.push_back(std::move(t));
}

}  // namespace

void addTemplateResources(doc::Document& doc, const Template& tpl, model::Project& project) {
  for (const Resource& res : tpl.resources()) {
    if (res.type == "AWS::Logs::LogGroup") addLogGroup(tpl, res, project);
    else if (res.type == "AWS::CloudWatch::Alarm") addAlarm(tpl, res, project);
    else if (res.type == "AWS::Serverless::SimpleTable") addTable(doc, tpl, res, true, project);
    else if (res.type == "AWS::DynamoDB::Table") addTable(doc, tpl, res, false, project);
  }
  addQueues(tpl, project);
  addApis(doc, tpl, project);
  applyDefaultAuthorizers(project);
}

void addQueues(const Template& tpl, model::Project& project) {
  for (const Resource& res : tpl.resources())
    if (res.type == "AWS::SQS::Queue") addQueue(tpl, res, project);
}

}  // namespace lambdalint::frontends::cloudformation

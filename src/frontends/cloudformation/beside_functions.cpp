// What rules check beside the functions: API stages (SAM Api/HttpApi, Stage resources, a
// Deployment's StageName), every resource as parsed, and which triggers invoke $LATEST.
#include "frontends/cloudformation/parts.hpp"

namespace lambdalint::frontends::cloudformation {
namespace {

const Node* at(const Node* n, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    if (!n || !n->isMap()) return nullptr;
    n = n->get(k);
  }
  return n;
}

bool isSet(const Node* n) { return n && !n->isNull() && !isNoValue(n); }

// Access logs as REST stages (AccessLogSetting) and HTTP stages (AccessLogSettings) spell them.
void readAccessLogs(const Template& tpl, const Node* logs, model::ApiStage& s) {
  s.accessLogSet = isSet(logs);
  s.accessLogDestination = tpl.value(at(logs, {"DestinationArn"}));
  s.accessLogFormat = tpl.value(at(logs, {"Format"}));
}

// REST MethodSettings: any entry with a throttling limit counts (the stage-wide "/*" "*" one
// usually); HTTP DefaultRouteSettings.
void readThrottling(const Template& tpl, const Node* methodSettings, const Node* routeDefaults,
                    model::ApiStage& s) {
  forEachItem(methodSettings, [&](const Node* m) {
    if (!s.throttlingBurst.present()) s.throttlingBurst = tpl.value(at(m, {"ThrottlingBurstLimit"}));
    if (!s.throttlingRate.present()) s.throttlingRate = tpl.value(at(m, {"ThrottlingRateLimit"}));
  });
  if (!s.throttlingBurst.present()) s.throttlingBurst = tpl.value(at(routeDefaults, {"ThrottlingBurstLimit"}));
  if (!s.throttlingRate.present()) s.throttlingRate = tpl.value(at(routeDefaults, {"ThrottlingRateLimit"}));
}

model::Api::Kind kindOfApi(const Resource* api) {
  if (!api) return model::Api::Kind::Rest;
  if (api->type == "AWS::Serverless::HttpApi") return model::Api::Kind::Http;
  if (api->type == "AWS::ApiGatewayV2::Api")
    return scalarText(at(api->properties, {"ProtocolType"})) == "WEBSOCKET" ? model::Api::Kind::WebSocket
                                                                           : model::Api::Kind::Http;
  return model::Api::Kind::Rest;
}

// A SAM Api / HttpApi (Globals merged): the stage SAM deploys for it.
model::ApiStage samStage(const Template& tpl, const Node* p, model::Api::Kind kind) {
  model::ApiStage s;
  s.kind = kind;
  if (!p || !p->isMap()) return s;
  s.settingsWhere = p->location();
  const bool http = kind == model::Api::Kind::Http;
  if (!http) s.tracing = tpl.value(p->get("TracingEnabled"));
  readAccessLogs(tpl, p->get(http ? "AccessLogSettings" : "AccessLogSetting"), s);
  readThrottling(tpl, http ? nullptr : p->get("MethodSettings"), http ? p->get("DefaultRouteSettings") : nullptr, s);
  return s;
}

bool hasStageResource(const Template& tpl, const Resource* api) {
  if (!api) return false;
  for (const Resource& r : tpl.resources())
    if (r.type == "AWS::ApiGateway::Stage" && tpl.referencedResource(at(r.properties, {"RestApiId"})) == api)
      return true;
  return false;
}

bool mayDeclareStage(std::string_view type) {
  return type == "AWS::Serverless::Api" || type == "AWS::Serverless::HttpApi" ||
         type == "AWS::ApiGateway::Stage" || type == "AWS::ApiGateway::Deployment" ||
         type == "AWS::ApiGatewayV2::Stage";
}

void addStages(doc::Document& doc, const Template& tpl, model::Project& project) {
  for (const Resource& res : tpl.resources()) {
    if (!mayDeclareStage(res.type)) continue;  // an ApiStage is large: built only for these
    const Node* p = res.properties;
    model::ApiStage s;
    if (res.type == "AWS::Serverless::Api" || res.type == "AWS::Serverless::HttpApi") {
      const bool http = res.type == "AWS::Serverless::HttpApi";
      s = samStage(tpl, mergeGlobals(doc, tpl.globals(http ? "HttpApi" : "Api"), p),
                   http ? model::Api::Kind::Http : model::Api::Kind::Rest);
      s.apiId = res.id;
    } else if (res.type == "AWS::ApiGateway::Stage") {
      if (p) s.settingsWhere = p->location();
      s.tracing = tpl.value(at(p, {"TracingEnabled"}));
      readAccessLogs(tpl, at(p, {"AccessLogSetting"}), s);
      readThrottling(tpl, at(p, {"MethodSettings"}), nullptr, s);
      if (const Resource* api = tpl.referencedResource(at(p, {"RestApiId"}))) s.apiId = api->id;
    } else if (res.type == "AWS::ApiGateway::Deployment") {
      // StageName makes the deployment create its stage, configured by StageDescription.
      // Beside a Stage resource of the same API (SAM's output: a throwaway "Stage"), the
      // Stage resource is the one configured and reported.
      if (!isSet(at(p, {"StageName"})) || hasStageResource(tpl, tpl.referencedResource(at(p, {"RestApiId"}))))
        continue;
      const Node* d = at(p, {"StageDescription"});
      s.settingsWhere = (isSet(d) ? d : p)->location();
      s.tracing = tpl.value(at(d, {"TracingEnabled"}));
      readAccessLogs(tpl, at(d, {"AccessLogSetting"}), s);
      s.throttlingBurst = tpl.value(at(d, {"ThrottlingBurstLimit"}));
      s.throttlingRate = tpl.value(at(d, {"ThrottlingRateLimit"}));
      readThrottling(tpl, at(d, {"MethodSettings"}), nullptr, s);
      if (const Resource* api = tpl.referencedResource(at(p, {"RestApiId"}))) s.apiId = api->id;
    } else if (res.type == "AWS::ApiGatewayV2::Stage") {
      const Resource* api = tpl.referencedResource(at(p, {"ApiId"}));
      s.kind = api ? kindOfApi(api) : model::Api::Kind::Http;
      if (api) s.apiId = api->id;
      if (p) s.settingsWhere = p->location();
      readAccessLogs(tpl, at(p, {"AccessLogSettings"}), s);
      readThrottling(tpl, nullptr, at(p, {"DefaultRouteSettings"}), s);
    } else {
      continue;
    }
    s.id = res.id;
    s.where = res.key->location();
    project.apiStages.push_back(std::move(s));
  }
  // The APIs SAM creates for events that name none: configured by Globals alone, located at
  // the Globals section or else at the first event that creates the API.
  for (bool http : {false, true}) {
    const model::Trigger* first = nullptr;
    for (const model::Function& fn : project.functions)
      for (const model::Trigger& t : fn.triggers)
        if (!first && fn.source == "sam" && !t.source.present() &&
            t.type == (http ? "HttpApi" : "Api"))
          first = &t;
    if (!first) continue;
    model::ApiStage s = samStage(tpl, tpl.globals(http ? "HttpApi" : "Api"),
                                 http ? model::Api::Kind::Http : model::Api::Kind::Rest);
    s.id = s.apiId = http ? "ServerlessHttpApi" : "ServerlessRestApi";
    const Node* globals = tpl.root().get("Globals");
    const doc::Entry* g = globals && globals->isMap() ? globals->findEntry(http ? "HttpApi" : "Api") : nullptr;
    s.where = g ? g->key->location() : first->where;
    project.apiStages.push_back(std::move(s));
  }
}

}  // namespace

void addResourcesBesideFunctions(doc::Document& doc, const Template& tpl, model::Project& project) {
  project.resources.reserve(project.resources.size() + tpl.resources().size());
  for (const Resource& res : tpl.resources())
    project.resources.push_back(model::RawResource{res.id, res.type, res.key->location(), res.properties});
  addStages(doc, tpl, project);
  // A resource names a function only by Ref/GetAtt of the function itself (an alias or a
  // qualified ARN is not taken for the function): its triggers invoke $LATEST. API
  // integrations tell a qualified ARN from the function's own when their URI is read.
  for (model::Function& fn : project.functions)
    for (model::Trigger& t : fn.triggers)
      if (const Resource* r = tpl.resource(t.name); r && r->type == t.type && t.type.rfind("AWS::Serverless::", 0) != 0) {
        // An API integration's URI says it when it is read (triggers.cpp).
        if (t.type == "AWS::ApiGateway::Method" || t.type == "AWS::ApiGatewayV2::Integration") continue;
        // A function URL for an alias names the function and the alias apart.
        const Node* qualifier = t.type == "AWS::Lambda::Url" ? at(r->properties, {"Qualifier"}) : nullptr;
        t.unqualifiedTarget = !isSet(qualifier) || scalarText(qualifier) == "$LATEST";
      }
}

}  // namespace lambdalint::frontends::cloudformation

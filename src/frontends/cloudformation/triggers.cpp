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
      {"DocumentDB", Kind::Other},
  };
  auto it = kKinds.find(type);
  return it == kKinds.end() ? Kind::Other : it->second;
}

Kind principalKind(std::string_view principal) {
  auto starts = [&](std::string_view p) { return principal.rfind(p, 0) == 0; };
  if (starts("apigateway.")) return Kind::Api;
  if (starts("s3.")) return Kind::S3;
  if (starts("sns.")) return Kind::Sns;
  if (starts("events.")) return Kind::EventBridge;
  if (starts("scheduler.")) return Kind::Schedule;
  if (starts("logs.")) return Kind::CloudWatchLogs;
  if (starts("iot.")) return Kind::IoT;
  if (starts("elasticloadbalancing.")) return Kind::Alb;
  if (starts("cognito-idp.")) return Kind::Cognito;
  return Kind::Other;
}

Kind eventSourceKind(const Template& tpl, const Node* sourceArn) {
  if (const Resource* r = tpl.referencedResource(sourceArn)) {
    if (r->type == "AWS::SQS::Queue") return Kind::Sqs;
    if (r->type == "AWS::Kinesis::Stream") return Kind::Kinesis;
    if (r->type == "AWS::DynamoDB::Table") return Kind::DynamoDb;
    if (r->type == "AWS::MSK::Cluster") return Kind::Msk;
    if (r->type == "AWS::AmazonMQ::Broker") return Kind::MQ;
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

 private:
  const Template& tpl_;
  std::unordered_map<std::string, model::Function*> byId_;
};

void addTrigger(model::Function* fn, Kind kind, const Resource& res) {
  if (!fn) return;
  model::Trigger t;
  t.kind = kind;
  t.name = res.id;
  t.type = res.type;
  t.where = res.key->location();
  fn->triggers.push_back(std::move(t));
}

// A permission tells the kind of caller by its principal; for API Gateway, the API it names
// in SourceArn tells REST from HTTP and WebSocket APIs.
void addPermissionTrigger(const Template& tpl, model::Function* fn, const Resource& res) {
  if (!fn) return;
  Kind kind = principalKind(scalarText(res.properties->get("Principal")));
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
  addTrigger(fn, kind, res);
}

}  // namespace

void addSamEvents(const Template& tpl, const Node* events, model::Function& fn) {
  if (!events || !events->isMap()) return;
  for (const doc::Entry& e : events->entries) {
    model::Trigger t;
    t.name = e.key->text;
    t.type = std::string(scalarText(e.value->get("Type")));
    t.kind = samEventKind(t.type);
    t.where = e.key->location();
    fn.triggers.push_back(std::move(t));
  }
}

void addResourceTriggers(const Template& tpl, model::Project& project) {
  FunctionIndex functions(tpl, project);
  for (const Resource& res : tpl.resources()) {
    const Node* p = res.properties;
    if (!p || !p->isMap()) continue;
    const std::string& type = res.type;
    if (type == "AWS::Lambda::EventSourceMapping") {
      addTrigger(functions.named(p->get("FunctionName")),
                 eventSourceKind(tpl, p->get("EventSourceArn")), res);
    } else if (type == "AWS::SNS::Subscription") {
      if (scalarText(p->get("Protocol")) == "lambda")
        addTrigger(functions.named(p->get("Endpoint")), Kind::Sns, res);
    } else if (type == "AWS::SNS::Topic") {
      forEachItem(p->get("Subscription"), [&](const Node* s) {
        if (scalarText(s->get("Protocol")) == "lambda")
          addTrigger(functions.named(s->get("Endpoint")), Kind::Sns, res);
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
        addTrigger(functions.named(c->get("Function")), Kind::S3, res);
      });
    } else if (type == "AWS::Lambda::Url") {
      addTrigger(functions.named(p->get("TargetFunctionArn")), Kind::FunctionUrl, res);
    } else if (type == "AWS::Lambda::Version") {
      if (model::Function* fn = functions.named(p->get("FunctionName"))) fn->versions.push_back(res.id);
    } else if (type == "AWS::Lambda::Alias") {
      if (model::Function* fn = functions.named(p->get("FunctionName"))) fn->aliases.push_back(res.id);
    } else if (type == "AWS::Lambda::EventInvokeConfig") {
      model::Function* fn = functions.named(p->get("FunctionName"));
      const Node* cfg = p->get("DestinationConfig");
      const Node* onFailure = cfg ? cfg->get("OnFailure") : nullptr;
      if (fn && onFailure && !fn->onFailureDestination.present())
        fn->onFailureDestination = tpl.value(onFailure->get("Destination"));
    }
  }
  // Permissions last: one that allows a source already seen above adds nothing new.
  for (const Resource& res : tpl.resources())
    if (res.type == "AWS::Lambda::Permission" && res.properties)
      addPermissionTrigger(tpl, functions.named(res.properties->get("FunctionName")), res);
}

}  // namespace lambdalint::frontends::cloudformation

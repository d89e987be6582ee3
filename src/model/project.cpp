#include "lambdalint/model/project.hpp"

namespace lambdalint::model {

Trigger::Mode Trigger::mode() const {
  switch (kind) {
    case Kind::Sqs:
    case Kind::Kinesis:
    case Kind::DynamoDb:
    case Kind::Msk:
    case Kind::MQ:
    case Kind::DocumentDb:
      return Mode::Poll;
    case Kind::S3:
    case Kind::Sns:
    case Kind::EventBridge:
    case Kind::Schedule:
    case Kind::CloudWatchLogs:
    case Kind::IoT:
      return Mode::Asynchronous;
    default:
      // Unknown sources are treated as synchronous so that no async-only rule guesses.
      return Mode::Synchronous;
  }
}

Trigger::Kind triggerKindOfPrincipal(std::string_view principal) {
  auto starts = [&](std::string_view p) { return principal.rfind(p, 0) == 0; };
  if (starts("apigateway.")) return Trigger::Kind::Api;
  if (starts("s3.")) return Trigger::Kind::S3;
  if (starts("sns.")) return Trigger::Kind::Sns;
  if (starts("events.")) return Trigger::Kind::EventBridge;
  if (starts("scheduler.")) return Trigger::Kind::Schedule;
  if (starts("logs.")) return Trigger::Kind::CloudWatchLogs;
  if (starts("iot.")) return Trigger::Kind::IoT;
  if (starts("elasticloadbalancing.")) return Trigger::Kind::Alb;
  if (starts("cognito-idp.")) return Trigger::Kind::Cognito;
  return Trigger::Kind::Other;
}

const char* triggerKindName(Trigger::Kind k) {
  switch (k) {
    case Trigger::Kind::Api: return "API Gateway REST API";
    case Trigger::Kind::HttpApi: return "API Gateway HTTP API";
    case Trigger::Kind::FunctionUrl: return "function URL";
    case Trigger::Kind::Sqs: return "SQS queue";
    case Trigger::Kind::Kinesis: return "Kinesis stream";
    case Trigger::Kind::DynamoDb: return "DynamoDB stream";
    case Trigger::Kind::Msk: return "Kafka topic";
    case Trigger::Kind::MQ: return "Amazon MQ broker";
    case Trigger::Kind::S3: return "S3 bucket";
    case Trigger::Kind::Sns: return "SNS topic";
    case Trigger::Kind::EventBridge: return "EventBridge rule";
    case Trigger::Kind::Schedule: return "schedule";
    case Trigger::Kind::CloudWatchLogs: return "CloudWatch Logs subscription";
    case Trigger::Kind::IoT: return "IoT rule";
    case Trigger::Kind::Cognito: return "Cognito trigger";
    case Trigger::Kind::Alb: return "Application Load Balancer";
    case Trigger::Kind::AppSync: return "AppSync resolver";
    case Trigger::Kind::WebSocket: return "WebSocket API";
    case Trigger::Kind::DocumentDb: return "DocumentDB change stream";
    case Trigger::Kind::Other: return "event source";
  }
  return "event source";
}

}  // namespace lambdalint::model

// The SDK operation -> IAM action table (data/sdk-iam-actions.json): its shape, and the
// exceptions AWS documents where an operation's action is not prefix:Operation.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "lambdalint/iam/iam.hpp"

using namespace lambdalint;
using iam::ActionLookup;

namespace {

std::vector<std::string> actionsOf(const char* service, const char* operation) {
  ActionLookup l = iam::lookup(service, operation);
  EXPECT_EQ(l.status, ActionLookup::Status::Mapped) << service << " " << operation;
  return l.actions;
}

TEST(IamTable, HasTheCommonServicesWithWellFormedEntries) {
  const auto& services = iam::services();
  std::set<std::string> keys, names;
  static const std::regex kPrefix("[a-z0-9-]+");
  static const std::regex kAction("[a-z0-9-]+:[A-Za-z0-9*]+");
  static const std::regex kOperation("[A-Z][A-Za-z0-9]*");
  for (const iam::ServiceEntry& s : services) {
    EXPECT_TRUE(keys.insert(s.key).second) << s.key;
    EXPECT_TRUE(std::regex_match(s.prefix, kPrefix)) << s.key << ": prefix " << s.prefix;
    EXPECT_FALSE(s.names.empty()) << s.key;
    for (const std::string& n : s.names)
      EXPECT_TRUE(names.insert(n).second) << "SDK name " << n << " is listed twice";
    EXPECT_TRUE(s.arn.empty() || s.arn == "GetAtt" || s.arn == "Ref") << s.key;
    std::set<std::string> ops;
    for (const auto& o : s.operations) {
      EXPECT_TRUE(ops.insert(o.name).second) << s.key << ": operation " << o.name << " twice";
      EXPECT_TRUE(std::regex_match(o.name, kOperation)) << s.key << ": " << o.name;
      for (const std::string& a : o.actions)
        EXPECT_TRUE(std::regex_match(a, kAction)) << s.key << "." << o.name << ": " << a;
    }
    for (const auto* list : {&s.objectActions, &s.indexActions})
      for (const std::string& a : *list)
        EXPECT_EQ(a.rfind(s.prefix + ":", 0), 0u) << s.key << ": " << a;
  }
  for (const char* key : {"s3", "dynamodb", "sqs", "sns", "lambda", "states", "secretsmanager",
                          "ssm", "kms", "events", "kinesis", "firehose", "ses", "cognito-idp",
                          "athena", "xray", "cloudwatch", "logs", "rekognition", "textract",
                          "comprehend", "bedrock-runtime"})
    EXPECT_TRUE(keys.count(key)) << "missing service " << key;
}

TEST(IamTable, MapsTheDocumentedExceptions) {
  using V = std::vector<std::string>;
  EXPECT_EQ(actionsOf("s3", "list_objects_v2"), V{"s3:ListBucket"});
  EXPECT_EQ(actionsOf("s3", "ListObjectsV2"), V{"s3:ListBucket"});
  EXPECT_EQ(actionsOf("s3", "headObject"), V{"s3:GetObject"});
  EXPECT_EQ(actionsOf("s3", "copy_object"), (V{"s3:GetObject", "s3:PutObject"}));
  EXPECT_EQ(actionsOf("s3", "upload_file"), V{"s3:PutObject"});
  EXPECT_EQ(actionsOf("s3", "list_buckets"), V{"s3:ListAllMyBuckets"});
  EXPECT_EQ(actionsOf("lambda", "invoke"), V{"lambda:InvokeFunction"});
  EXPECT_EQ(actionsOf("lambda", "Invoke"), V{"lambda:InvokeFunction"});
  EXPECT_EQ(actionsOf("sqs", "send_message_batch"), V{"sqs:SendMessage"});
  EXPECT_EQ(actionsOf("bedrock-runtime", "converse"), V{"bedrock:InvokeModel"});
  EXPECT_EQ(actionsOf("kms", "re_encrypt"), (V{"kms:ReEncryptFrom", "kms:ReEncryptTo"}));
  EXPECT_EQ(actionsOf("apigatewaymanagementapi", "post_to_connection"),
            V{"execute-api:ManageConnections"});
  EXPECT_EQ(actionsOf("sts", "get_caller_identity"), V{});
}

TEST(IamTable, NamesServicesAsEverySdkDoes) {
  using V = std::vector<std::string>;
  // boto3, JavaScript v2 (AWS.StepFunctions), v3 (SFNClient), Go/Java package names.
  for (const char* name : {"stepfunctions", "StepFunctions", "sfn", "states"})
    EXPECT_EQ(actionsOf(name, "start_execution"), V{"states:StartExecution"}) << name;
  for (const char* name : {"cognito-idp", "CognitoIdentityServiceProvider", "cognitoidentityprovider"})
    EXPECT_EQ(actionsOf(name, "AdminGetUser"), V{"cognito-idp:AdminGetUser"}) << name;
  for (const char* name : {"bedrock-runtime", "BedrockRuntime", "bedrockruntime"})
    EXPECT_EQ(actionsOf(name, "invoke_model"), V{"bedrock:InvokeModel"}) << name;
  for (const char* name : {"events", "EventBridge", "CloudWatchEvents"})
    EXPECT_EQ(actionsOf(name, "putEvents"), V{"events:PutEvents"}) << name;
  EXPECT_EQ(actionsOf("logs", "put_log_events"), V{"logs:PutLogEvents"});
  EXPECT_EQ(actionsOf("CloudWatchLogs", "PutLogEvents"), V{"logs:PutLogEvents"});
  // Document clients: v2 AWS.DynamoDB.DocumentClient, v3 @aws-sdk/lib-dynamodb commands.
  EXPECT_EQ(actionsOf("dynamodb.documentclient", "get"), V{"dynamodb:GetItem"});
  EXPECT_EQ(actionsOf("dynamodbdocument", "TransactWrite"), V{"dynamodb:TransactWriteItems"});
  EXPECT_EQ(actionsOf("dynamodb", "batch_writer"), V{"dynamodb:BatchWriteItem"});
  EXPECT_EQ(actionsOf("dynamodb", "put_item"), V{"dynamodb:PutItem"});
}

TEST(IamTable, SaysWhatItCannotResolve) {
  EXPECT_EQ(iam::lookup("", "get_object").status, ActionLookup::Status::UnknownService);
  EXPECT_EQ(iam::lookup("braket", "create_quantum_task").status, ActionLookup::Status::UnknownService);
  EXPECT_EQ(iam::lookup("s3", "").status, ActionLookup::Status::Unresolved);
  EXPECT_EQ(iam::lookup("s3", "paginate").status, ActionLookup::Status::Unresolved);
  EXPECT_EQ(iam::lookup("s3", "objects.page_size").status, ActionLookup::Status::Unresolved);
  EXPECT_EQ(iam::lookup("dynamodb", "execute_statement").status,
            ActionLookup::Status::DependsOnArguments);
  ActionLookup paginator = iam::lookup("s3", "get_paginator");
  EXPECT_EQ(paginator.status, ActionLookup::Status::Mapped);
  EXPECT_TRUE(paginator.actions.empty());
  EXPECT_EQ(iam::lookup("s3", "objects.all").actions, std::vector<std::string>{"s3:ListBucket"});
}

TEST(IamTable, NormalisesNames) {
  EXPECT_EQ(iam::canonicalOperation("list_objects_v2"), "ListObjectsV2");
  EXPECT_EQ(iam::canonicalOperation("getObject"), "GetObject");
  EXPECT_EQ(iam::canonicalOperation("objects.all"), "ObjectsAll");
  EXPECT_EQ(iam::normalizeService("cognito-idp"), "cognitoidp");
  EXPECT_EQ(iam::normalizeService("AWS.DynamoDB.DocumentClient"), "awsdynamodbdocumentclient");
}

TEST(IamTable, ListsWhatLambdaDoesWithTheRole) {
  const auto& always = iam::platformActions("always");
  EXPECT_NE(std::find(always.begin(), always.end(), "logs:PutLogEvents"), always.end());
  EXPECT_FALSE(iam::platformActions("trigger:Sqs").empty());
  EXPECT_FALSE(iam::platformActions("vpc").empty());
  EXPECT_TRUE(iam::platformActions("no-such-key").empty());
}

}  // namespace

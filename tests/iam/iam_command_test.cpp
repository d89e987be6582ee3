// `lambdalint policy FUNCTION`: the end-to-end example project testdata/iam/orders-app, whose
// generated policies (statements in the order the code first needs them) are compared with the
// hand-written expected ones next to it; and the
// IAM facts the Python and JavaScript analyzers record.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "lambdalint/analyzers/analyzer.hpp"
#include "lambdalint/iam/command.hpp"

namespace fs = std::filesystem;
using namespace lambdalint;

namespace {

const fs::path kApp = fs::path(LAMBDALINT_SOURCE_DIR) / "testdata" / "iam" / "orders-app";

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

struct PolicyRun {
  int code;
  std::string out, err;
};
PolicyRun policy(std::vector<std::string> args) {
  std::ostringstream out, err;
  int code = iam::policyCommand(args, out, err);
  return {code, out.str(), err.str()};
}

TEST(PolicyCommand, MatchesTheHandWrittenPolicyAsJson) {
  PolicyRun r = policy({"OrdersFunction", kApp.string()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");  // the code is completely known
  EXPECT_EQ(nlohmann::json::parse(r.out),
            nlohmann::json::parse(readFile(kApp / "expected-policy-OrdersFunction.json")));
}

TEST(PolicyCommand, MatchesTheHandWrittenPolicyAsYaml) {
  PolicyRun r = policy({"NotifyFunction", kApp.string(), "--format", "yaml"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, readFile(kApp / "expected-policy-NotifyFunction.yaml"));
}

TEST(PolicyCommand, UsageErrors) {
  EXPECT_EQ(policy({}).code, 2);
  EXPECT_EQ(policy({"NoSuchFunction", kApp.string()}).code, 2);
  EXPECT_EQ(policy({"OrdersFunction", kApp.string(), "--format", "xml"}).code, 2);
  EXPECT_EQ(policy({"OrdersFunction", kApp.string(), "--format"}).code, 2);
  EXPECT_EQ(policy({"OrdersFunction", (kApp / "missing").string()}).code, 2);
  PolicyRun help = policy({"--help"});
  EXPECT_EQ(help.code, 0);
  EXPECT_NE(help.out.find("usage: lambdalint policy"), std::string::npos);
}

TEST(PolicyCommand, SaysWhenThePolicyMayBeIncomplete) {
  fs::path project = fs::path(LAMBDALINT_SOURCE_DIR) / "testdata" / "rules" /
                     "IAM002-permission-unused" / "good-dynamic-python";
  PolicyRun r = policy({"OrdersFunction", project.string()});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("may be incomplete"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("not known statically"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("s3:GetObject"), std::string::npos);
}

std::shared_ptr<const model::CodeSummary> summarise(const char* path, const char* code) {
  auto lang = analyzers::languageOfFile(path);
  EXPECT_TRUE(lang.has_value());
  return analyzers::analyzeFile(std::make_shared<SourceFile>(path, code), *lang);
}

TEST(AnalyzersForIam, PythonResourcesEnvironmentAndDynamicCalls) {
  auto s = summarise("app.py", R"(import os
import boto3
from .models import Order

TABLE = os.environ["TABLE"]
ddb = boto3.resource("dynamodb")
table = ddb.Table(TABLE)
s3 = boto3.client("s3")
pages = s3.get_paginator("list_objects_v2")

def handler(event, context):
    table.put_item(Item=event)
    s3.get_object(Bucket=os.environ.get("BUCKET"), Key="k")
    for page in pages.paginate(Bucket=os.getenv("BUCKET")):
        pass
    getattr(s3, event["op"])()
    boto3.client("sqs").send_message(QueueUrl="u", MessageBody="m")
    s3.generate_presigned_url("get_object", Params={})
)");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->imports, (std::vector<std::string>{"os", "boto3", ".models"}));
  std::vector<std::tuple<std::string, std::string, std::string>> calls;
  for (const model::SdkCall& c : s->sdkCalls) calls.emplace_back(c.service, c.operation, c.resourceEnv);
  EXPECT_EQ(calls, (std::vector<std::tuple<std::string, std::string, std::string>>{
                       {"dynamodb", "put_item", "TABLE"},
                       {"s3", "get_object", "BUCKET"},
                       {"s3", "list_objects_v2", "BUCKET"},
                       {"s3", "", ""},
                       {"sqs", "send_message", ""},
                       {"s3", "get_object", ""}}));
}

TEST(AnalyzersForIam, JavaScriptCommandsFromTheirModules) {
  auto s = summarise("index.mjs", R"(import { S3Client, GetObjectCommand } from "@aws-sdk/client-s3";
import * as ddb from "@aws-sdk/lib-dynamodb";
const { PublishCommand: Publish } = require("@aws-sdk/client-sns");
const AWS = require("aws-sdk");
import { helper } from "./helper.js";

const BUCKET = process.env.BUCKET ?? "default";
const lambda = new AWS.Lambda();

export const handler = async (event) => {
  await new S3Client({}).send(new GetObjectCommand({ Bucket: BUCKET, Key: "k" }));
  await doc.send(new ddb.PutCommand({ TableName: process.env["TABLE"], Item: {} }));
  await lambda.invoke({ FunctionName: process.env.WORKER }).promise();
  return new UnknownCommand({});
};
)");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->imports, (std::vector<std::string>{"@aws-sdk/client-s3", "@aws-sdk/lib-dynamodb",
                                                  "./helper.js", "@aws-sdk/client-sns", "aws-sdk"}));
  std::vector<std::tuple<std::string, std::string, std::string>> calls;
  for (const model::SdkCall& c : s->sdkCalls) calls.emplace_back(c.service, c.operation, c.resourceEnv);
  EXPECT_EQ(calls, (std::vector<std::tuple<std::string, std::string, std::string>>{
                       {"s3", "GetObject", "BUCKET"},
                       {"dynamodbdocument", "Put", "TABLE"},
                       {"lambda", "invoke", "WORKER"},
                       {"", "Unknown", ""}}));
}

}  // namespace

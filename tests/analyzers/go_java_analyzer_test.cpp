// The Go and Java analyzers: the environment variable naming the resource of each SDK call
// (for the IAM rules), and Java constants and locals recorded as secret candidates.
#include <gtest/gtest.h>

#include <tuple>

#include "lambdalint/analyzers/analyzer.hpp"

using namespace lambdalint;

namespace {

using Calls = std::vector<std::tuple<std::string, std::string, std::string>>;

std::shared_ptr<const model::CodeSummary> summarise(const char* path, const char* code) {
  auto lang = analyzers::languageOfFile(path);
  EXPECT_TRUE(lang.has_value());
  return analyzers::analyzeFile(std::make_shared<SourceFile>(path, code), *lang);
}

Calls callsOf(const model::CodeSummary& s) {
  Calls calls;
  for (const model::SdkCall& c : s.sdkCalls) calls.emplace_back(c.service, c.operation, c.resourceEnv);
  return calls;
}

TEST(GoAnalyzer, ResourceEnvironmentVariablesOfSdkInputs) {
  auto s = summarise("main.go", R"(package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var bucket = os.Getenv("BUCKET")
var db *dynamodb.Client
var store *s3.Client

func handle(ctx context.Context, key string) error {
	table := aws.String(os.Getenv("TABLE"))
	db.GetItem(ctx, &dynamodb.GetItemInput{TableName: table})
	input := &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)}
	store.GetObject(ctx, input)
	store.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(os.Getenv("ARCHIVE"))})
	db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(key)})
	return nil
}

func main() {
	cfg, _ := config.LoadDefaultConfig(context.Background())
	db = dynamodb.NewFromConfig(cfg)
	store = s3.NewFromConfig(cfg)
	lambda.Start(handle)
}
)");
  ASSERT_TRUE(s);
  EXPECT_EQ(callsOf(*s), (Calls{{"dynamodb", "GetItem", "TABLE"},
                               {"s3", "GetObject", "BUCKET"},
                               {"s3", "PutObject", "ARCHIVE"},
                               {"dynamodb", "PutItem", ""}}));
}

TEST(JavaAnalyzer, ResourceEnvironmentVariablesOfRequests) {
  auto s = summarise("Handler.java", R"(package example;

import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.sqs.SqsClient;

public class Handler {
  private static final String BUCKET = System.getenv("BUCKET");
  private final S3Client s3 = S3Client.create();
  private final SqsClient sqs = SqsClient.create();
  private final DynamoDbTable<Object> orders =
      DynamoDbEnhancedClient.create().table(System.getenv().get("TABLE"), null);

  public String handleRequest(Map<String, String> event) {
    s3.getObject(GetObjectRequest.builder().bucket(BUCKET).key("k").build());
    GetObjectRequest archived = GetObjectRequest.builder().bucket(System.getenv("ARCHIVE")).build();
    s3.getObject(archived);
    sqs.sendMessage(b -> b.queueUrl(System.getenv("QUEUE_URL")).messageBody("m"));
    orders.putItem(event);
    s3.deleteObject(b -> b.bucket(event.get("bucket")));
    return "ok";
  }
}
)");
  ASSERT_TRUE(s);
  EXPECT_EQ(callsOf(*s), (Calls{{"s3", "GetObject", "BUCKET"},
                               {"s3", "GetObject", "ARCHIVE"},
                               {"sqs", "SendMessage", "QUEUE_URL"},
                               {"dynamodb", "PutItem", "TABLE"},
                               {"s3", "DeleteObject", ""}}));
}

TEST(JavaAnalyzer, FieldAndLocalStringConstantsAreSecretCandidates) {
  auto s = summarise("Handler.java", R"(package example;

public class Handler {
  private static final String DB_PASSWORD = "Pr0d-passw0rd!";
  private final String region = System.getenv("AWS_REGION");

  public String handleRequest(String event) {
    String apiToken = "tok-4f9a1c77e2b04d3e";
    return DB_PASSWORD + apiToken + region;
  }
}
)");
  ASSERT_TRUE(s);
  std::vector<std::tuple<std::string, std::string, std::string>> literals;
  for (const model::NamedLiteral& l : s->literals) literals.emplace_back(l.name, l.value, l.function);
  EXPECT_EQ(literals, (std::vector<std::tuple<std::string, std::string, std::string>>{
                          {"DB_PASSWORD", "Pr0d-passw0rd!", ""},
                          {"apiToken", "tok-4f9a1c77e2b04d3e", "handleRequest"}}));
}

}  // namespace

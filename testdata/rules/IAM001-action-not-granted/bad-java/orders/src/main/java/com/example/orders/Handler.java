package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

public class Handler implements RequestHandler<Map<String, String>, String> {
  private static final String TABLE = System.getenv("TABLE_NAME");
  private static final String ARCHIVE = System.getenv("ARCHIVE");
  private final DynamoDbClient dynamo = DynamoDbClient.create();
  private final S3Client s3 = S3Client.create();

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS(event.get("id")));
    dynamo.getItem(GetItemRequest.builder().tableName(TABLE).key(key).build());
    dynamo.putItem(PutItemRequest.builder().tableName(TABLE).item(key).build()); // expect: IAM001
    s3.getObject(GetObjectRequest.builder().bucket(System.getenv("UPLOADS")).key("in.csv").build());
    s3.getObject(b -> b.bucket(ARCHIVE).key(event.get("key"))); // expect: IAM001
    return "ok";
  }
}

package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.orders.audit.AuditLog;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

public class Handler implements RequestHandler<Map<String, String>, String> {
  private final DynamoDbClient dynamo = DynamoDbClient.create();

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS(event.get("id")));
    AuditLog.record(event.get("id"));  // a class of the project in another package: not followed
    return dynamo.getItem(GetItemRequest.builder().tableName(System.getenv("TABLE_NAME")).key(key).build())
        .item()
        .toString();
  }
}

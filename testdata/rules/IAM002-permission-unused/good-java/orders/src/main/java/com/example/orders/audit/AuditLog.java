package com.example.orders.audit;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

public final class AuditLog {
  private static final DynamoDbClient DYNAMO = DynamoDbClient.create();

  private AuditLog() {}

  public static void record(String id) {
    DYNAMO.putItem(PutItemRequest.builder().tableName(System.getenv("TABLE_NAME")).build());
  }
}

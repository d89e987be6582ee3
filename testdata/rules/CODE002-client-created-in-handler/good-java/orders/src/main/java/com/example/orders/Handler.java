package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

public class Handler implements RequestHandler<Map<String, String>, String> {
  private static final S3Client S3 = S3Client.create();
  private final DynamoDbClient dynamo;

  public Handler() {
    this.dynamo = DynamoDbClient.builder().build();
  }

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    S3.getObject(GetObjectRequest.builder().bucket("orders").key(event.get("key")).build());
    return dynamo.serviceName();
  }
}

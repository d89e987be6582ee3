package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

public class Handler implements RequestHandler<Map<String, String>, String> {
  private final DynamoDbTable<Order> orders =
      DynamoDbEnhancedClient.create().table(System.getenv("TABLE_NAME"), TableSchema.fromBean(Order.class));
  private final S3Client s3 = S3Client.create();

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    String bucket = System.getenv("UPLOADS");
    GetObjectRequest request = GetObjectRequest.builder().bucket(bucket).key(event.get("key")).build();
    s3.getObject(request);
    Order order = new Order();
    orders.putItem(order);
    return "ok";
  }

  public static class Order {
    private String id;

    public String getId() { return id; }

    public void setId(String id) { this.id = id; }
  }
}

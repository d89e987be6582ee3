package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.Optional;

public class Handler implements RequestHandler<Map<String, String>, String> {
  private static final String TABLE = System.getenv("TABLE_NAME");
  private static final String BUCKET = System.getenv("RECEIPTS_BUCKET"); // expect: CODE004
  private static final String REGION = System.getenv("AWS_REGION");

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    String topic = System.getenv().get("TOPIC_ARN"); // expect: CODE004
    String level = Optional.ofNullable(System.getenv("LOG_LEVEL")).orElse("INFO");
    String queue = System.getenv().getOrDefault("QUEUE_URL", "none");
    return TABLE + BUCKET + REGION + topic + level + queue;
  }
}

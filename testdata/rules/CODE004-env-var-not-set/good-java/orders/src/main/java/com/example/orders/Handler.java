package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, String>, String> {
  private static final String TABLE = System.getenv("TABLE_NAME");

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    String level = System.getenv("LOG_LEVEL");
    if (level == null) {
      level = "INFO";
    }
    return TABLE + level + System.getenv("AWS_REGION");
  }
}

package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.Properties;

public class Handler implements RequestHandler<Map<String, String>, String> {
  private static final String TABLE_NAME = "orders";
  private static final String PASSWORD_PARAM = "/prod/db/password";
  private final String secretArn = System.getenv("DB_SECRET_ARN");

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    Properties props = new Properties();
    props.setProperty("user", "app");
    props.setProperty("password", System.getenv("TABLE_NAME"));
    return TABLE_NAME + PASSWORD_PARAM + secretArn + props.size();
  }
}

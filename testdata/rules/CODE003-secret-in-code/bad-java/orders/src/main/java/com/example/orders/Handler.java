package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.Properties;

public class Handler implements RequestHandler<Map<String, String>, String> {
  private static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE"; // expect: CODE003

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    Properties props = new Properties();
    props.setProperty("user", "app");
    props.setProperty("password", "hunter2hunter2"); // expect: CODE003
    return props.getProperty("user") + AWS_KEY.length();
  }
}

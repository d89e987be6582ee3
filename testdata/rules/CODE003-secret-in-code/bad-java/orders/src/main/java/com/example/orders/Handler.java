package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.Properties;

public class Handler implements RequestHandler<Map<String, String>, String> {
  private static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE"; // expect: CODE003
  // Constants and locals that hold a secret by their name: not a known token format.
  static final String DB_PASSWORD = "Pr0d-passw0rd!"; // expect: CODE003
  private final String apiToken = "tok-4f9a1c77e2b04d3e"; // expect: CODE003

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    Properties props = new Properties();
    props.setProperty("user", "app");
    props.setProperty("password", "hunter2hunter2"); // expect: CODE003
    String clientSecret = "s3cr3t-value-for-orders"; // expect: CODE003
    props.setProperty("secret", clientSecret);
    return props.getProperty("user") + AWS_KEY.length() + DB_PASSWORD.length() + apiToken.length();
  }
}

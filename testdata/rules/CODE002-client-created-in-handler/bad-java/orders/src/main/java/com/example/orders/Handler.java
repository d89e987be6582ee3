package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

public class Handler implements RequestHandler<Map<String, String>, String> {
  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    S3Client s3 = S3Client.builder().build(); // expect: CODE002
    s3.getObject(GetObjectRequest.builder().bucket("orders").key(event.get("key")).build());
    record(event.get("key"));
    return "ok";
  }

  private void record(String key) {
    try (Connection db = DriverManager.getConnection(System.getenv("TABLE_NAME"))) { // expect: CODE002
      db.createStatement().execute("select 1");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

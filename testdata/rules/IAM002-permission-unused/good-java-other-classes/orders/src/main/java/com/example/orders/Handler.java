package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

// Archiver, another class of this package, may call AWS too: its calls are not followed.
public class Handler implements RequestHandler<Map<String, String>, String> {
  private static final String BUCKET = System.getenv("UPLOADS");
  private final S3Client s3 = S3Client.create();

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    s3.getObject(GetObjectRequest.builder().bucket(BUCKET).key(event.get("key")).build());
    new Archiver().archive(event.get("key"));
    return "ok";
  }
}

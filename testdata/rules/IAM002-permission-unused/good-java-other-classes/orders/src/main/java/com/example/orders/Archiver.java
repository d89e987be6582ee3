package com.example.orders;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;

class Archiver {
  private final S3Client s3 = S3Client.create();

  void archive(String key) {
    s3.deleteObject(DeleteObjectRequest.builder().bucket(System.getenv("UPLOADS")).key(key).build());
  }
}

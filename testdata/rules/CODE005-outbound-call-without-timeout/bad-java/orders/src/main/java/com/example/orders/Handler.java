package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, String>, Integer> {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Override
  public Integer handleRequest(Map<String, String> event, Context context) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.example.com/rates")).build();
      HttpResponse<String> rates = HTTP.send(request, HttpResponse.BodyHandlers.ofString()); // expect: CODE005
      HttpURLConnection conn = (HttpURLConnection) new URL("https://example.com").openConnection(); // expect: CODE005
      return rates.body().length() + conn.getResponseCode();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}

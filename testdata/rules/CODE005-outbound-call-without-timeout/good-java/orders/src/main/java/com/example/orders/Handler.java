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
import java.time.Duration;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, String>, Integer> {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Override
  public Integer handleRequest(Map<String, String> event, Context context) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.example.com/rates"))
          .timeout(Duration.ofSeconds(3))
          .build();
      HttpResponse<String> rates = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      HttpURLConnection conn = (HttpURLConnection) new URL("https://example.com").openConnection();
      conn.setConnectTimeout(2000);
      conn.setReadTimeout(2000);
      return rates.body().length() + conn.getResponseCode();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}

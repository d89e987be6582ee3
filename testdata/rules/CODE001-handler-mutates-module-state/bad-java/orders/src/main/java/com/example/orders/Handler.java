package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, String>, Integer> {
  private static int invocations = 0;
  private static final Map<String, String> cache = new HashMap<>();
  private final List<String> history = new ArrayList<>();

  @Override
  public Integer handleRequest(Map<String, String> event, Context context) {
    invocations++; // expect: CODE001
    String id = event.get("id");
    cache.put(id, event.get("status")); // expect: CODE001
    remember(id);
    return invocations;
  }

  private void remember(String id) {
    this.history.add(id); // expect: CODE001
  }

  void unused(String id) {
    cache.remove(id);
    cache.put(id, "x"); // not reached from the handler
  }
}

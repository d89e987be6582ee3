package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, String>, Integer> {
  private static final Map<String, Integer> LIMITS = Map.of("orders", 10);
  private final String tableName = System.getenv("TABLE_NAME");
  private final List<String> history = new ArrayList<>();

  @Override
  public Integer handleRequest(Map<String, String> event, Context context) {
    Map<String, Integer> counts = new HashMap<>();
    for (String key : event.keySet()) {
      counts.merge(key, 1, Integer::sum);
    }
    List<String> history = new ArrayList<>();
    history.add(event.get("id"));
    return counts.size() + history.size() + LIMITS.getOrDefault(tableName, 0);
  }
}

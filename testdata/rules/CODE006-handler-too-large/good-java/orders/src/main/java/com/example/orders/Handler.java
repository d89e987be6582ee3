package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, Integer>, Integer> {
  @Override
  public Integer handleRequest(Map<String, Integer> event, Context context) {
    return Scoring.score(event);
  }
}

package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class Handler implements RequestHandler<Map<String, Integer>, Integer> {
  @Override
  public Integer handleRequest(Map<String, Integer> event, Context context) { // expect: CODE006
    int total = 0;
    if (event.containsKey("k1") && event.get("k1") > 1) {
      total += 1;
    }
    if (event.containsKey("k2") && event.get("k2") > 2) {
      total += 2;
    }
    if (event.containsKey("k3") && event.get("k3") > 3) {
      total += 3;
    }
    if (event.containsKey("k4") && event.get("k4") > 4) {
      total += 4;
    }
    if (event.containsKey("k5") && event.get("k5") > 5) {
      total += 5;
    }
    if (event.containsKey("k6") && event.get("k6") > 6) {
      total += 6;
    }
    if (event.containsKey("k7") && event.get("k7") > 7) {
      total += 7;
    }
    if (event.containsKey("k8") && event.get("k8") > 8) {
      total += 8;
    }
    if (event.containsKey("k9") && event.get("k9") > 9) {
      total += 9;
    }
    if (event.containsKey("k10") && event.get("k10") > 10) {
      total += 10;
    }
    if (event.containsKey("k11") && event.get("k11") > 11) {
      total += 11;
    }
    if (event.containsKey("k12") && event.get("k12") > 12) {
      total += 12;
    }
    total = total * 2 + 1;
    total = total * 2 + 2;
    total = total * 2 + 3;
    total = total * 2 + 4;
    total = total * 2 + 5;
    total = total * 2 + 6;
    total = total * 2 + 7;
    total = total * 2 + 8;
    total = total * 2 + 9;
    total = total * 2 + 10;
    total = total * 2 + 11;
    total = total * 2 + 12;
    total = total * 2 + 13;
    total = total * 2 + 14;
    total = total * 2 + 15;
    total = total * 2 + 16;
    total = total * 2 + 17;
    total = total * 2 + 18;
    total = total * 2 + 19;
    total = total * 2 + 20;
    return total;
  }
}

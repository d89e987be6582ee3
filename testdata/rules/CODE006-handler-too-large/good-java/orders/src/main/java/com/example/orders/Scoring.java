package com.example.orders;

import java.util.Map;

/** The business logic: plain code, testable without Lambda. */
final class Scoring {
  private Scoring() {}

  static int score(Map<String, Integer> values) {
    int total = 0;
    for (Map.Entry<String, Integer> e : values.entrySet()) {
      if (e.getValue() > 1 && e.getKey().length() > 1) {
        total += 1;
      }
      if (e.getValue() > 2 && e.getKey().length() > 2) {
        total += 2;
      }
      if (e.getValue() > 3 && e.getKey().length() > 3) {
        total += 3;
      }
      if (e.getValue() > 4 && e.getKey().length() > 4) {
        total += 4;
      }
      if (e.getValue() > 5 && e.getKey().length() > 5) {
        total += 5;
      }
      if (e.getValue() > 6 && e.getKey().length() > 6) {
        total += 6;
      }
      if (e.getValue() > 7 && e.getKey().length() > 7) {
        total += 7;
      }
      if (e.getValue() > 8 && e.getKey().length() > 8) {
        total += 8;
      }
      if (e.getValue() > 9 && e.getKey().length() > 9) {
        total += 9;
      }
      if (e.getValue() > 10 && e.getKey().length() > 10) {
        total += 10;
      }
      if (e.getValue() > 11 && e.getKey().length() > 11) {
        total += 11;
      }
      if (e.getValue() > 12 && e.getKey().length() > 12) {
        total += 12;
      }
    }
    return total;
  }
}

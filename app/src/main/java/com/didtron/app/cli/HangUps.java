package com.didtron.app.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pairs each call's end with the moment its CDR was seen charged: the waits, in milliseconds. */
final class HangUps {
  private HangUps() {}

  /**
   * The wait of every call seen charged (calls never charged have none); a CDR seen within the
   * clock's resolution before its end counts as 0.
   */
  static List<Double> waits(Map<String, Instant> ended, Map<String, Instant> charged) {
    List<Double> out = new ArrayList<>();
    ended.forEach(
        (callId, end) -> {
          Instant seen = charged.get(callId);
          if (seen != null) {
            out.add(Math.max(0, Duration.between(end, seen).toNanos() / 1e6));
          }
        });
    return out;
  }
}

package com.didtron.app.cli;

import java.util.List;
import java.util.Locale;

/**
 * Measured waits of one kind (milliseconds), summarised as the bench prints them: nearest-rank
 * percentiles (p50, p95) and the maximum over the samples.
 */
record Latencies(List<Double> sortedMs) {
  Latencies {
    sortedMs = sortedMs.stream().sorted().toList();
  }

  static Latencies of(List<Double> ms) {
    return new Latencies(ms);
  }

  int count() {
    return sortedMs.size();
  }

  /** Nearest-rank percentile: the smallest sample with at least {@code percent} % at or below. */
  double percentile(double percent) {
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("a percentile is above 0 and at most 100: " + percent);
    }
    if (sortedMs.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percent / 100 * sortedMs.size());
    return sortedMs.get(Math.max(1, rank) - 1);
  }

  double max() {
    return sortedMs.isEmpty() ? Double.NaN : sortedMs.getLast();
  }

  /** {@code what: p50 77 ms, p95 180 ms, max 203 ms over 20}, or that nothing was measured. */
  String summary(String what) {
    if (sortedMs.isEmpty()) {
      return what + ": no samples";
    }
    return String.format(
        Locale.ROOT,
        "%s: p50 %s, p95 %s, max %s over %d",
        what,
        format(percentile(50)),
        format(percentile(95)),
        format(max()),
        count());
  }

  /** Whole milliseconds below a second, else seconds with two decimals. */
  static String format(double ms) {
    return ms < 1000
        ? String.format(Locale.ROOT, "%.0f ms", ms)
        : String.format(Locale.ROOT, "%.2f s", ms / 1000);
  }
}

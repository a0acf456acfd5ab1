package com.didtron.sip.quality;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles: the smallest value with at least p% of the values at or below it. */
public final class Percentiles {
  private Percentiles() {}

  /** The p-th percentile (0 &lt; p &lt;= 100) of the values, or null when there are none. */
  public static Long of(Collection<Long> values, double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    long[] sorted = values.stream().filter(v -> v != null).mapToLong(Long::longValue).toArray();
    if (sorted.length == 0) {
      return null;
    }
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}

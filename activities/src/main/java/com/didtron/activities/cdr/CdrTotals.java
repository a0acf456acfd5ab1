package com.didtron.activities.cdr;

import java.math.BigDecimal;
import java.util.List;

/**
 * Totals of the CDRs a filter matches; null {@code lines} when too many CDRs match to sum quickly
 * (narrow the filter).
 *
 * @param cdrs matching CDRs (exact when {@code lines} is present)
 * @param unrated of which unrated
 */
public record CdrTotals(long cdrs, long unrated, List<Line> lines) {
  /** Rated CDRs summed per currency pair. */
  public record Line(
      String customerCurrency,
      String carrierCurrency,
      long calls,
      long billableSeconds,
      BigDecimal customerCost,
      BigDecimal carrierCost,
      BigDecimal margin) {}

  public CdrTotals {
    lines = lines == null ? null : List.copyOf(lines);
  }
}

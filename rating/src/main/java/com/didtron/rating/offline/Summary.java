package com.didtron.rating.offline;

import com.didtron.rating.engine.UnratedReason;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of an offline rating run.
 *
 * @param cdrs CDR rows read (= rows written)
 * @param rated rows rated on both legs
 * @param unratedByReason unrated rows per reason (every reason present, possibly 0)
 * @param emptyRowsSkipped empty lines between CDRs, reported and not written
 * @param customerCost sum of customer costs of rated rows
 * @param carrierCost sum of carrier costs of rated rows
 * @param margin sum of margins of rated rows
 * @param deckLoad wall-clock time spent reading and compiling the decks
 * @param rating wall-clock time spent rating the CDR file
 */
public record Summary(
    long cdrs,
    long rated,
    Map<UnratedReason, Long> unratedByReason,
    long emptyRowsSkipped,
    BigDecimal customerCost,
    BigDecimal carrierCost,
    BigDecimal margin,
    Duration deckLoad,
    Duration rating) {

  /** Copies the map so the record stays immutable. */
  public Summary {
    unratedByReason = Collections.unmodifiableMap(new EnumMap<>(unratedByReason));
  }

  /** Wall-clock time of the whole run. */
  public Duration elapsed() {
    return deckLoad.plus(rating);
  }

  /** Rows left unrated. */
  public long unrated() {
    return cdrs - rated;
  }

  /**
   * One line for a terminal, e.g. {@code 1000 CDRs: 998 rated, 2 unrated (NO_CARRIER_RATE=2);
   * customer 12.000000, carrier 9.000000, margin 3.000000; decks 80 ms, rating 12 ms}.
   */
  public String describe() {
    String reasons =
        unratedByReason.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", "));
    return cdrs
        + " CDRs: "
        + rated
        + " rated, "
        + unrated()
        + " unrated"
        + (reasons.isEmpty() ? "" : " (" + reasons + ")")
        + "; customer "
        + customerCost.toPlainString()
        + ", carrier "
        + carrierCost.toPlainString()
        + ", margin "
        + margin.toPlainString()
        + "; decks "
        + deckLoad.toMillis()
        + " ms, rating "
        + rating.toMillis()
        + " ms";
  }
}

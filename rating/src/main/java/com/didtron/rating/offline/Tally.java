package com.didtron.rating.offline;

import com.didtron.rating.engine.UnratedReason;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Counts and money totals of rated rows; one per chunk, merged in file order. */
final class Tally {
  private static final UnratedReason[] REASONS = UnratedReason.values();

  private long rated;
  private final long[] unrated = new long[REASONS.length];
  private long emptyRowsSkipped;
  final MicroSum customer = new MicroSum();
  final MicroSum carrier = new MicroSum();
  final MicroSum margin = new MicroSum();

  void rated() {
    rated++;
  }

  void unrated(UnratedReason reason) {
    unrated[reason.ordinal()]++;
  }

  void emptyRowSkipped() {
    emptyRowsSkipped++;
  }

  void add(Tally other) {
    rated += other.rated;
    for (int i = 0; i < unrated.length; i++) {
      unrated[i] += other.unrated[i];
    }
    emptyRowsSkipped += other.emptyRowsSkipped;
    customer.add(other.customer);
    carrier.add(other.carrier);
    margin.add(other.margin);
  }

  Summary toSummary(Duration deckLoad, Duration rating) {
    Map<UnratedReason, Long> byReason = new EnumMap<>(UnratedReason.class);
    long total = rated;
    for (UnratedReason reason : REASONS) {
      byReason.put(reason, unrated[reason.ordinal()]);
      total += unrated[reason.ordinal()];
    }
    BigDecimal customerTotal = customer.total();
    return new Summary(
        total,
        rated,
        byReason,
        emptyRowsSkipped,
        customerTotal,
        carrier.total(),
        margin.total(),
        deckLoad,
        rating);
  }
}

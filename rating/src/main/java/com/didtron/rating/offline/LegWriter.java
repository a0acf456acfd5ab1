package com.didtron.rating.offline;

import com.didtron.rating.csv.CsvWriter;
import com.didtron.rating.engine.Billing;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.engine.UnratedReason;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes the rating columns of an output row (everything after call_id). Costs and margin are
 * written with exactly 6 decimals in plain notation; unrated rows leave the rating columns empty.
 */
final class LegWriter {
  static final byte[] UNRATED_PREFIX = ",UNRATED,,,,,,,,".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RATED = ",RATED,".getBytes(StandardCharsets.US_ASCII);
  private static final byte[][] REASONS = reasons();

  static byte[] reasonBytes(UnratedReason reason) {
    return REASONS[reason.ordinal()];
  }

  /** Writes a rated row's columns and adds its amounts to {@code tally}. */
  void write(
      CsvWriter out,
      byte[] digits,
      int ds,
      long seconds,
      CompiledDeck sell,
      int sellEntry,
      CompiledDeck buy,
      int buyEntry,
      Tally tally) {
    out.raw(RATED);
    long customerMicros = leg(out, digits, ds, seconds, sell, sellEntry, tally.customer);
    out.comma();
    long carrierMicros = leg(out, digits, ds, seconds, buy, buyEntry, tally.carrier);
    out.comma();
    if (customerMicros != Billing.NOT_EXACT_IN_LONG && carrierMicros != Billing.NOT_EXACT_IN_LONG) {
      long margin = customerMicros - carrierMicros;
      out.micros(margin);
      tally.margin.add(margin);
    } else {
      BigDecimal margin =
          exactCost(sell, sellEntry, seconds, customerMicros)
              .subtract(exactCost(buy, buyEntry, seconds, carrierMicros));
      out.decimal(margin);
      tally.margin.add(margin);
    }
    out.comma().newline();
    tally.rated();
  }

  /** Writes prefix, billable seconds and cost; returns the cost in micro-units if it fits. */
  private static long leg(
      CsvWriter out,
      byte[] digits,
      int ds,
      long seconds,
      CompiledDeck deck,
      int entry,
      MicroSum sum) {
    long billable = deck.billableSeconds(entry, seconds);
    out.raw(digits, ds, ds + deck.prefixLength(entry)).comma().number(billable).comma();
    long micros = deck.costMicros(entry, billable);
    if (micros != Billing.NOT_EXACT_IN_LONG) {
      out.micros(micros);
      sum.add(micros);
    } else {
      BigDecimal cost = deck.cost(entry, billable);
      out.decimal(cost);
      sum.add(cost);
    }
    return micros;
  }

  private static BigDecimal exactCost(CompiledDeck deck, int entry, long seconds, long micros) {
    return micros != Billing.NOT_EXACT_IN_LONG
        ? Billing.fromMicros(micros)
        : deck.cost(entry, deck.billableSeconds(entry, seconds));
  }

  private static byte[][] reasons() {
    UnratedReason[] all = UnratedReason.values();
    byte[][] out = new byte[all.length][];
    for (UnratedReason reason : all) {
      out[reason.ordinal()] = reason.name().getBytes(StandardCharsets.US_ASCII);
    }
    return out;
  }
}

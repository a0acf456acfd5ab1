package com.didtron.rating.engine;

import java.math.BigDecimal;

/**
 * The entries of a compiled deck, grouped by trie node and, within a node, ordered by
 * effective_from, latest first. Everything a rating needs from an entry sits in one record of
 * {@value #STRIDE} longs (from, to, rate, connect fee, increments, prefix length) so that a lookup
 * costs one cache miss, not one per field. Rates and fees are micro-units; an entry whose value has
 * more than 6 decimals (or does not fit a long) holds {@link Billing#NOT_EXACT_IN_LONG} there and
 * its exact BigDecimal in the {@code exact*} arrays, created only when a deck needs them. Written
 * only while compiling; the compiled deck's final field publishes it safely to every thread.
 */
final class DeckEntries {
  static final int STRIDE = 6;
  private static final int FROM = 0;
  private static final int TO = 1;
  private static final int RATE = 2;
  private static final int CONNECT = 3;
  private static final int INCREMENTS = 4;
  private static final int PREFIX_LENGTH = 5;

  private final long[] data;
  private final String[] destination;
  private BigDecimal[] exactRate;
  private BigDecimal[] exactConnect;

  /** Room for {@code size} entries; filled by {@link #set} before the deck is published. */
  DeckEntries(int size) {
    data = new long[STRIDE * size];
    destination = new String[size];
  }

  /** Stores entry {@code e}; rates and fees with more than 6 decimals keep their BigDecimal. */
  void set(
      int e,
      long from,
      long to,
      BigDecimal rate,
      BigDecimal connect,
      int initial,
      int subsequent,
      int prefixLength,
      String destinationName) {
    int r = STRIDE * e;
    data[r + FROM] = from;
    data[r + TO] = to;
    data[r + RATE] = Billing.toMicros(rate);
    data[r + CONNECT] = Billing.toMicros(connect);
    data[r + INCREMENTS] = ((long) initial << 32) | subsequent;
    data[r + PREFIX_LENGTH] = prefixLength;
    boolean exact =
        data[r + RATE] == Billing.NOT_EXACT_IN_LONG
            || data[r + CONNECT] == Billing.NOT_EXACT_IN_LONG;
    if (exact) {
      if (exactRate == null) {
        exactRate = new BigDecimal[size()];
        exactConnect = new BigDecimal[size()];
      }
      exactRate[e] = rate;
      exactConnect[e] = connect;
    }
    destination[e] = destinationName;
  }

  /** Stores entry {@code e} from whole micro-units (the fast deck reader's rows). */
  void setMicros(
      int e,
      long from,
      long to,
      long rateMicros,
      long connectMicros,
      long increments,
      int prefixLength,
      String destinationName) {
    int r = STRIDE * e;
    data[r + FROM] = from;
    data[r + TO] = to;
    data[r + RATE] = rateMicros;
    data[r + CONNECT] = connectMicros;
    data[r + INCREMENTS] = increments;
    data[r + PREFIX_LENGTH] = prefixLength;
    destination[e] = destinationName;
  }

  int size() {
    return destination.length;
  }

  long footprintBytes() {
    return (8L * STRIDE + 4 + (exactRate == null ? 0 : 8)) * size();
  }

  /** First entry in {@code [s, e)} effective at {@code at}, or {@link CompiledDeck#NO_MATCH}. */
  int effectiveIn(int s, int e, long at) {
    for (int k = s; k < e; k++) {
      int r = STRIDE * k;
      if (data[r + FROM] <= at && at < data[r + TO]) {
        return k;
      }
    }
    return CompiledDeck.NO_MATCH;
  }

  long from(int e) {
    return data[STRIDE * e + FROM];
  }

  long to(int e) {
    return data[STRIDE * e + TO];
  }

  long rateMicros(int e) {
    return data[STRIDE * e + RATE];
  }

  long connectMicros(int e) {
    return data[STRIDE * e + CONNECT];
  }

  int initial(int e) {
    return (int) (data[STRIDE * e + INCREMENTS] >>> 32);
  }

  int subsequent(int e) {
    return (int) data[STRIDE * e + INCREMENTS];
  }

  int prefixLength(int e) {
    return (int) data[STRIDE * e + PREFIX_LENGTH];
  }

  String destination(int e) {
    return destination[e];
  }

  BigDecimal rate(int e) {
    long micros = rateMicros(e);
    return micros == Billing.NOT_EXACT_IN_LONG ? exactRate[e] : Billing.fromMicros(micros);
  }

  BigDecimal connectFee(int e) {
    long micros = connectMicros(e);
    return micros == Billing.NOT_EXACT_IN_LONG ? exactConnect[e] : Billing.fromMicros(micros);
  }
}

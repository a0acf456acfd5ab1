package com.didtron.rating.engine;

import java.math.BigDecimal;

/**
 * The entries of a compiled deck as parallel arrays, grouped by trie node and, within a node,
 * ordered by effective_from, latest first. {@code validity} holds from/to epoch nanoseconds at
 * {@code 2e} and {@code 2e + 1} so one cache line serves a whole check. Rates and fees are in
 * micro-units; an entry whose value has more than 6 decimals (or does not fit a long) holds {@link
 * Billing#NOT_EXACT_IN_LONG} there and its exact BigDecimal in the sparse {@code exact*} arrays.
 */
final class DeckEntries {
  final long[] validity;
  final long[] rateMicros;
  final long[] connectMicros;
  final int[] initial;
  final int[] subsequent;
  final byte[] prefixLength;
  final String[] destination;
  final BigDecimal[] exactRate;
  final BigDecimal[] exactConnect;

  DeckEntries(int size, boolean anyExact) {
    validity = new long[2 * size];
    rateMicros = new long[size];
    connectMicros = new long[size];
    initial = new int[size];
    subsequent = new int[size];
    prefixLength = new byte[size];
    destination = new String[size];
    exactRate = anyExact ? new BigDecimal[size] : null;
    exactConnect = anyExact ? new BigDecimal[size] : null;
  }

  long footprintBytes() {
    long perEntry = 16 + 8 + 8 + 4 + 4 + 1 + 4 + (exactRate == null ? 0 : 8);
    return perEntry * size();
  }

  int size() {
    return rateMicros.length;
  }

  /** First entry in {@code [s, e)} effective at {@code at}, or {@link CompiledDeck#NO_MATCH}. */
  int effectiveIn(int s, int e, long at) {
    for (int k = s; k < e; k++) {
      if (validity[2 * k] <= at && at < validity[2 * k + 1]) {
        return k;
      }
    }
    return CompiledDeck.NO_MATCH;
  }

  BigDecimal rate(int e) {
    long micros = rateMicros[e];
    return micros == Billing.NOT_EXACT_IN_LONG ? exactRate[e] : Billing.fromMicros(micros);
  }

  BigDecimal connectFee(int e) {
    long micros = connectMicros[e];
    return micros == Billing.NOT_EXACT_IN_LONG ? exactConnect[e] : Billing.fromMicros(micros);
  }
}

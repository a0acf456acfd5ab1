package com.didtron.rating.engine;

import java.math.BigDecimal;

/**
 * How one leg of a call was priced.
 *
 * @param prefix the matched prefix (the leading digits of the dialled number)
 * @param destination the matched entry's destination name
 * @param rate the matched rate per minute
 * @param connectFee the matched connect fee
 * @param initialIncrement the matched initial increment in seconds
 * @param subsequentIncrement the matched subsequent increment in seconds
 * @param billableSeconds the billed seconds after increments
 * @param cost the leg's cost, 6 decimals, HALF_UP
 */
public record LegRating(
    String prefix,
    String destination,
    BigDecimal rate,
    BigDecimal connectFee,
    int initialIncrement,
    int subsequentIncrement,
    long billableSeconds,
    BigDecimal cost) {

  /** Prices {@code seconds} under entry {@code e} of {@code deck} matched on {@code digits}. */
  static LegRating of(CompiledDeck deck, int e, String digits, long seconds) {
    long billable = deck.billableSeconds(e, seconds);
    return new LegRating(
        digits.substring(0, deck.prefixLength(e)),
        deck.destination(e),
        deck.rate(e),
        deck.connectFee(e),
        deck.initialIncrement(e),
        deck.subsequentIncrement(e),
        billable,
        deck.cost(e, billable));
  }
}

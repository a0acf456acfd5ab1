package com.didtron.rating.lcr;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Which carriers can terminate a number at an instant, and at what price.
 *
 * @param number the dialled number (an optional leading {@code +}, then digits)
 * @param at the instant whose effective entries apply
 * @param carriers the candidate carriers' buy decks
 * @param toBase conversion of each deck's currency into the base currency
 */
public record LcrRequest(
    String number, Instant at, List<CarrierDeck> carriers, CurrencyConversion toBase) {
  /** Copies the carrier list so the request stays immutable. */
  public LcrRequest {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(at, "at");
    carriers = List.copyOf(carriers);
    Objects.requireNonNull(toBase, "toBase");
  }
}

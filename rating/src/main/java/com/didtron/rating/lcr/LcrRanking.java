package com.didtron.rating.lcr;

import java.util.List;

/**
 * Carriers ranked cheapest first.
 *
 * @param quotes carriers with an effective rate, by base-currency rate per minute, then carrier
 *     name, then deck order
 * @param withoutRate carriers with no effective entry for the number, in request order
 */
public record LcrRanking(List<CarrierQuote> quotes, List<String> withoutRate) {
  /** Copies the lists so the ranking stays immutable. */
  public LcrRanking {
    quotes = List.copyOf(quotes);
    withoutRate = List.copyOf(withoutRate);
  }
}

package com.didtron.rating.lcr;

import com.didtron.rating.EpochNanos;
import com.didtron.rating.cdr.CalleeNumber;
import com.didtron.rating.engine.CompiledDeck;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Least-cost ranking, a pure function: each carrier's longest effective prefix for the number, its
 * rate converted exactly into the base currency, cheapest first; ties go to the carrier name (then
 * request order), so the ranking is deterministic. Connect fees and increments are reported but do
 * not rank (routing policy may use them).
 */
public final class Lcr {
  private static final Comparator<CarrierQuote> CHEAPEST_FIRST =
      Comparator.comparing(CarrierQuote::baseRate).thenComparing(CarrierQuote::carrier);

  private Lcr() {}

  /** Ranks the request's carriers; an invalid number leaves every carrier without a rate. */
  public static LcrRanking rank(LcrRequest request) {
    String digits = CalleeNumber.digits(request.number());
    long at = EpochNanos.of(request.at());
    List<CarrierQuote> quotes = new ArrayList<>(request.carriers().size());
    List<String> without = new ArrayList<>();
    for (CarrierDeck carrier : request.carriers()) {
      int entry =
          digits == null || at == EpochNanos.INVALID
              ? CompiledDeck.NO_MATCH
              : carrier.deck().find(digits, at);
      if (entry == CompiledDeck.NO_MATCH) {
        without.add(carrier.carrier());
      } else {
        quotes.add(quote(carrier, entry, digits, request.toBase()));
      }
    }
    quotes.sort(CHEAPEST_FIRST);
    return new LcrRanking(quotes, without);
  }

  private static CarrierQuote quote(
      CarrierDeck carrier, int entry, String digits, CurrencyConversion toBase) {
    CompiledDeck deck = carrier.deck();
    BigDecimal rate = deck.rate(entry);
    BigDecimal factor = toBase.rateToBase(carrier.currency());
    return new CarrierQuote(
        carrier.carrier(),
        digits.substring(0, deck.prefixLength(entry)),
        deck.destination(entry),
        rate,
        carrier.currency(),
        factor.compareTo(BigDecimal.ONE) == 0 ? rate : rate.multiply(factor),
        deck.connectFee(entry),
        deck.initialIncrement(entry),
        deck.subsequentIncrement(entry));
  }
}

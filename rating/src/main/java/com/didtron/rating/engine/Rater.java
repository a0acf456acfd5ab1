package com.didtron.rating.engine;

import com.didtron.rating.EpochNanos;
import com.didtron.rating.cdr.CalleeNumber;
import com.didtron.rating.cdr.Cdr;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rating core: a pure function from a CDR and the compiled decks to a rated call.
 *
 * <p>Checks run in this order: malformed record ({@code INVALID_RECORD}), dialled number ({@code
 * INVALID_NUMBER}), customer leg ({@code NO_CUSTOMER_RATE}), carrier leg ({@code NO_CARRIER_RATE}).
 * Each leg takes the longest prefix effective at the call's start (the latest effective_from among
 * equal prefixes), bills the duration rounded up to whole seconds in the entry's increments and
 * prices it exactly (see {@link Billing}). Thread-safe and allocation-light.
 */
public final class Rater {
  private Rater() {}

  /**
   * Rates {@code cdr} against the account's sell deck and the carrier's buy deck.
   *
   * @param sell the account's sell deck; null when the account is unknown
   * @param buy the carrier's buy deck; null when the carrier is unknown
   */
  public static RatedCall rate(Cdr cdr, CompiledDeck sell, CompiledDeck buy) {
    long at = EpochNanos.of(cdr.startTime());
    long seconds = Billing.ceilSeconds(cdr.durationSeconds());
    if (at == EpochNanos.INVALID || seconds < 0) {
      return RatedCall.unrated(cdr.callId(), UnratedReason.INVALID_RECORD);
    }
    String digits = CalleeNumber.digits(cdr.callee());
    if (digits == null) {
      return RatedCall.unrated(cdr.callId(), UnratedReason.INVALID_NUMBER);
    }
    int sellEntry = sell == null ? CompiledDeck.NO_MATCH : sell.find(digits, at);
    if (sellEntry == CompiledDeck.NO_MATCH) {
      return RatedCall.unrated(cdr.callId(), UnratedReason.NO_CUSTOMER_RATE);
    }
    int buyEntry = buy == null ? CompiledDeck.NO_MATCH : buy.find(digits, at);
    if (buyEntry == CompiledDeck.NO_MATCH) {
      return RatedCall.unrated(cdr.callId(), UnratedReason.NO_CARRIER_RATE);
    }
    LegRating customer = LegRating.of(sell, sellEntry, digits, seconds);
    LegRating carrier = LegRating.of(buy, buyEntry, digits, seconds);
    boolean sameCurrency = Objects.equals(sell.currency(), buy.currency());
    return new RatedCall(
        cdr.callId(),
        RatingStatus.RATED,
        null,
        customer,
        carrier,
        sameCurrency ? customer.cost().subtract(carrier.cost()) : null);
  }

  /** Rates {@code cdr} with the decks of its account and carrier found in {@code decks}. */
  public static RatedCall rate(Cdr cdr, RatingDecks decks) {
    return rate(cdr, decks.sellDeck(cdr.account()), decks.buyDeck(cdr.carrier()));
  }

  /** Rates a batch, one result per CDR in the same order. */
  public static List<RatedCall> rateAll(List<Cdr> cdrs, RatingDecks decks) {
    List<RatedCall> out = new ArrayList<>(cdrs.size());
    for (Cdr cdr : cdrs) {
      out.add(rate(cdr, decks));
    }
    return out;
  }
}

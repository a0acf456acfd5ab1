package com.didtron.activities.cdr;

import com.didtron.activities.Facade;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.cdr.Cdr;
import com.didtron.rating.deck.RateEntry;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.engine.RatedCall;
import com.didtron.rating.engine.Rater;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Inbound calls to a number (DID): the CDR's carrier reference is {@code
 * did-inbound:<number>:<per-minute>:<currency>} — the DID price list's {@code inbound_per_minute}
 * in force when the switch's row was pulled — and the call is rated like any leg at that one rate
 * for the number, in 60/60 increments, no connect fee. The carrier leg costs nothing (the number's
 * monthly cost covers it) and has no account, so only the owning account is charged.
 */
@Facade
public final class InboundRates {
  static final String PREFIX = "did-inbound:";
  static final int INCREMENT = 60;

  private InboundRates() {}

  /** The carrier reference of an inbound call to {@code number}. */
  public static String carrierRef(String number, BigDecimal perMinute, String currency) {
    return PREFIX + number + ":" + perMinute.setScale(6).toPlainString() + ":" + currency;
  }

  static boolean isInbound(Cdr cdr) {
    return cdr.carrier() != null && cdr.carrier().startsWith(PREFIX);
  }

  /** Rates an inbound CDR for {@code account} (null: unknown account, unrated). */
  static RatedCdr rate(Long line, Cdr cdr, UUID account) {
    Optional<Ref> ref = Ref.parse(cdr.carrier());
    if (ref.isEmpty() || account == null) {
      return new RatedCdr(line, cdr, account, null, Rater.rate(cdr, null, null), null, null);
    }
    Ref r = ref.get();
    CurrencyCode currency = new CurrencyCode(r.currency());
    CompiledDeck sell = deck("DID " + r.number(), currency, r.number(), r.perMinute());
    CompiledDeck buy = deck("DID " + r.number(), currency, r.number(), BigDecimal.ZERO);
    RatedCall rating = Rater.rate(cdr, sell, buy);
    return new RatedCdr(line, cdr, account, null, rating, currency, currency);
  }

  private static CompiledDeck deck(
      String name, CurrencyCode currency, String number, BigDecimal rate) {
    return CompiledDeck.compile(
        name,
        currency,
        List.of(
            new RateEntry(
                number,
                "Inbound " + number,
                rate,
                BigDecimal.ZERO,
                INCREMENT,
                INCREMENT,
                Instant.EPOCH,
                null)));
  }

  record Ref(String number, BigDecimal perMinute, String currency) {
    static Optional<Ref> parse(String carrier) {
      if (carrier == null || !carrier.startsWith(PREFIX)) {
        return Optional.empty();
      }
      String[] p = carrier.substring(PREFIX.length()).split(":");
      if (p.length != 3 || !p[0].matches("[0-9]{3,20}") || !p[2].matches("[A-Z]{3}")) {
        return Optional.empty();
      }
      try {
        BigDecimal rate = new BigDecimal(p[1]);
        return rate.signum() < 0 ? Optional.empty() : Optional.of(new Ref(p[0], rate, p[2]));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }
}

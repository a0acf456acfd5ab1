package com.didtron.rating.engine;

import static com.didtron.rating.fixtures.Entries.deck;
import static com.didtron.rating.fixtures.Entries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.cdr.Cdr;
import com.didtron.rating.fixtures.Entries;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RaterTest {
  private static final CompiledDeck SELL =
      deck(
          entry("44", "0.020000", "0", "1/1", "2026-01-01", null),
          entry("4420", "0.030000", "0", "60/6", "2026-01-01", "2026-11-01"),
          entry("4420", "0.040000", "0", "60/6", "2026-06-01", null),
          entry("44207", "0.050000", "0.010000", "30/6", "2026-01-01", null),
          entry("442079", "0.500000", "0", "1/1", "2026-12-01", null),
          entry("1", "0.006000", "0", "6/6", "2026-01-01", null),
          entry("1212", "0.009000", "0", "60/60", "2026-01-01T12:00:00Z", "2026-01-02T00:00:00Z"),
          entry("33", "0.000009", "0", "1/1", "2026-01-01", null),
          entry("49", "0.0123456", "0.0000005", "1/1", "2026-01-01", null),
          entry("7", "0.010000", "0", "1/1", "2026-01-01", null));
  private static final CompiledDeck BUY =
      deck(
          entry("4", "0.010000", "0", "60/60", "2026-01-01", null),
          entry("1", "0.004000", "0", "60/1", "2026-01-01", null),
          entry("3", "0.000001", "0", "1/1", "2026-01-01", null));

  private static Cdr cdr(String callee, String start, String seconds) {
    return new Cdr(
        "c1",
        "ACME",
        "CARRIER",
        "15550001111",
        callee,
        Entries.instant(start),
        new BigDecimal(seconds));
  }

  @ParameterizedTest(name = "{0} at {1} for {2} s -> customer {3} {4} s {5}")
  @CsvSource({
    // longest prefix wins; overlapping 4420 entries: the later effective_from wins while both apply
    "442071234567, 2026-07-01T00:00:00Z, 31, 44207, 36, 0.040000",
    "442081234567, 2026-05-31T23:59:59Z, 10, 4420, 60, 0.030000",
    "442081234567, 2026-06-01T00:00:00Z, 10, 4420, 60, 0.040000",
    "442081234567, 2026-11-01T00:00:00Z, 61, 4420, 66, 0.044000",
    "443001234567, 2026-07-01T00:00:00Z, 61, 44, 61, 0.020333",
    // a longer prefix not yet effective falls back to the shorter one; at its start it applies
    "442079000000, 2026-11-30T23:59:59.999999999Z, 1, 44207, 30, 0.035000",
    "442079000000, 2026-12-01T00:00:00Z, 1, 442079, 1, 0.008333",
    // effective_to is exclusive
    "12125550000, 2026-01-01T11:59:59Z, 61, 1, 66, 0.006600",
    "12125550000, 2026-01-01T12:00:00Z, 61, 1212, 120, 0.018000",
    "12125550000, 2026-01-01T23:59:59Z, 61, 1212, 120, 0.018000",
    "12125550000, 2026-01-02T00:00:00Z, 61, 1, 66, 0.006600",
    // zero and fractional durations
    "12125550000, 2026-03-01T00:00:00Z, 0, 1, 0, 0.000000",
    "12125550000, 2026-03-01T00:00:00Z, 0.1, 1, 6, 0.000600",
    "442071234567, 2026-03-01T00:00:00Z, 0, 44207, 0, 0.000000",
    // a leading + is ignored
    "+442071234567, 2026-03-01T00:00:00Z, 30, 44207, 30, 0.035000",
    // HALF_UP at the 7th decimal: 0.000009 * 50 / 60 = 0.0000075
    "33123, 2026-03-01T00:00:00Z, 50, 33, 50, 0.000008",
    "33123, 2026-03-01T00:00:00Z, 49, 33, 49, 0.000007",
    // more than 6 decimals: 0.0000005 + 0.0123456 * 7 / 60 = 0.00144082 -> 0.001441
    "4912345, 2026-03-01T00:00:00Z, 7, 49, 7, 0.001441",
  })
  void theCustomerLegFollowsTheRatingRules(
      String callee, String start, String seconds, String prefix, long billable, String cost) {
    RatedCall call = Rater.rate(cdr(callee, start, seconds), SELL, BUY);

    assertThat(call.status()).isEqualTo(RatingStatus.RATED);
    assertThat(call.customer().prefix()).isEqualTo(prefix);
    assertThat(call.customer().billableSeconds()).isEqualTo(billable);
    assertThat(call.customer().cost().toPlainString()).isEqualTo(cost);
  }

  @Test
  void bothLegsAreRatedAndTheMarginIsCustomerMinusCarrier() {
    RatedCall call = Rater.rate(cdr("442071234567", "2026-03-01", "61"), SELL, BUY);

    assertThat(call.customer().billableSeconds()).isEqualTo(66);
    assertThat(call.customer().cost()).isEqualByComparingTo("0.065000");
    assertThat(call.carrier().prefix()).isEqualTo("4");
    assertThat(call.carrier().billableSeconds()).isEqualTo(120);
    assertThat(call.carrier().cost()).isEqualByComparingTo("0.020000");
    assertThat(call.margin().toPlainString()).isEqualTo("0.045000");
    assertThat(call.reason()).isNull();
  }

  @Test
  void buyingSixtySixtyAndSellingOneOneCanLoseMoney() {
    CompiledDeck sell = deck(entry("1", "0.010000", "1/1", "2026-01-01"));
    CompiledDeck buy = deck(entry("1", "0.009000", "60/60", "2026-01-01"));

    RatedCall call = Rater.rate(cdr("15551234567", "2026-03-01", "5"), sell, buy);

    assertThat(call.margin()).isNegative();
  }

  @ParameterizedTest(name = "callee {0} is unrated with {1}")
  @CsvSource({
    "44 20 7123 4567, INVALID_NUMBER",
    "44-207, INVALID_NUMBER",
    "++44207, INVALID_NUMBER",
    "+, INVALID_NUMBER",
    "'', INVALID_NUMBER",
    "4420x, INVALID_NUMBER",
    "999123, NO_CUSTOMER_RATE",
    "33123, RATED",
    "71234, NO_CARRIER_RATE",
  })
  void invalidNumbersAndMissingRatesLeaveTheCallUnrated(String callee, String outcome) {
    RatedCall call = Rater.rate(cdr(callee, "2026-03-01", "10"), SELL, BUY);

    String actual = call.isRated() ? "RATED" : call.reason().name();
    assertThat(actual).isEqualTo(outcome);
    if (!call.isRated()) {
      assertThat(call.customer()).isNull();
      assertThat(call.margin()).isNull();
    }
  }

  @Test
  void noRateBeforeTheFirstEntryTakesEffect() {
    RatedCall call = Rater.rate(cdr("442071234567", "2025-12-31T23:59:59Z", "10"), SELL, BUY);

    assertThat(call.reason()).isEqualTo(UnratedReason.NO_CUSTOMER_RATE);
  }

  @Test
  void anUnknownAccountOrCarrierIsAMissingRateCheckedCustomerFirst() {
    Cdr call = cdr("442071234567", "2026-03-01", "10");

    assertThat(Rater.rate(call, null, null).reason()).isEqualTo(UnratedReason.NO_CUSTOMER_RATE);
    assertThat(Rater.rate(call, SELL, null).reason()).isEqualTo(UnratedReason.NO_CARRIER_RATE);
    RatingDecks decks = RatingDecks.of(Map.of("ACME", SELL), Map.of("OTHER", BUY));
    assertThat(Rater.rate(call, decks).reason()).isEqualTo(UnratedReason.NO_CARRIER_RATE);
  }

  @Test
  void aRecordWithoutStartTimeOrWithANegativeDurationIsInvalid() {
    Cdr noStart = new Cdr("c", "A", "C", "1", "44", null, BigDecimal.ONE);
    Cdr negative = cdr("442071234567", "2026-03-01", "-1");

    assertThat(Rater.rate(noStart, SELL, BUY).reason()).isEqualTo(UnratedReason.INVALID_RECORD);
    assertThat(Rater.rate(negative, SELL, BUY).reason()).isEqualTo(UnratedReason.INVALID_RECORD);
  }

  @Test
  void decksInDifferentCurrenciesGiveNoMargin() {
    CompiledDeck usd =
        CompiledDeck.compile(
            "sell", CurrencyCode.of("USD"), List.of(entry("1", "0.01", "1/1", "2026-01-01")));
    CompiledDeck eur =
        CompiledDeck.compile(
            "buy", CurrencyCode.of("EUR"), List.of(entry("1", "0.01", "1/1", "2026-01-01")));

    RatedCall call = Rater.rate(cdr("15551234567", "2026-03-01", "60"), usd, eur);

    assertThat(call.isRated()).isTrue();
    assertThat(call.margin()).isNull();
  }

  @Test
  void aBatchIsRatedInOrder() {
    RatingDecks decks = RatingDecks.of(Map.of("ACME", SELL), Map.of("CARRIER", BUY));
    List<Cdr> batch =
        List.of(
            cdr("442071234567", "2026-03-01", "1"),
            cdr("x", "2026-03-01", "1"),
            cdr("15551234567", "2026-03-01", "1"));

    List<RatedCall> rated = Rater.rateAll(batch, decks);

    assertThat(rated)
        .extracting(c -> c.isRated() ? c.customer().prefix() : c.reason().name())
        .containsExactly("44207", "INVALID_NUMBER", "1");
  }
}

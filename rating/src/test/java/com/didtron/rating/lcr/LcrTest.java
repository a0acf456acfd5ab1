package com.didtron.rating.lcr;

import static com.didtron.rating.fixtures.Entries.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.deck.RateEntry;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.fixtures.Entries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LcrTest {
  private static final CurrencyCode USD = CurrencyCode.of("USD");
  private static final CurrencyCode EUR = CurrencyCode.of("EUR");
  private static final Instant MARCH = Entries.instant("2026-03-01");
  private static final CurrencyConversion FX =
      CurrencyConversion.of(USD, Map.of(EUR, new BigDecimal("1.10")));

  private static CarrierDeck carrier(String name, CurrencyCode currency, String... prefixRates) {
    List<RateEntry> entries = new ArrayList<>();
    for (String pr : prefixRates) {
      String[] p = pr.split("=");
      entries.add(entry(p[0], p[1], "60/6", "2026-01-01"));
    }
    return new CarrierDeck(name, currency, CompiledDeck.compile(name, currency, entries));
  }

  private static final List<CarrierDeck> CARRIERS =
      List.of(
          carrier("Zeta", USD, "44=0.0110"),
          carrier("Alpha", EUR, "44=0.0200", "4420=0.0100"),
          carrier("Beta", USD, "4420=0.0110"),
          carrier("Gamma", USD, "33=0.0010"));

  @Test
  void carriersAreRankedByTheirLongestPrefixRateInTheBaseCurrency() {
    LcrRanking ranking = Lcr.rank(new LcrRequest("+442071234567", MARCH, CARRIERS, FX));

    assertThat(ranking.quotes())
        .extracting(CarrierQuote::carrier)
        .containsExactly("Alpha", "Beta", "Zeta");
    CarrierQuote alpha = ranking.quotes().get(0);
    assertThat(alpha.prefix()).isEqualTo("4420");
    assertThat(alpha.rate()).isEqualByComparingTo("0.0100");
    assertThat(alpha.currency()).isEqualTo(EUR);
    assertThat(alpha.baseRate()).isEqualByComparingTo("0.011");
    assertThat(alpha.initialIncrement()).isEqualTo(60);
    assertThat(alpha.subsequentIncrement()).isEqualTo(6);
    assertThat(ranking.withoutRate()).containsExactly("Gamma");
  }

  @Test
  void equalBaseRatesAreOrderedByCarrierName() {
    LcrRanking ranking = Lcr.rank(new LcrRequest("442071234567", MARCH, CARRIERS, FX));

    assertThat(ranking.quotes())
        .extracting(q -> q.carrier() + " " + q.baseRate().stripTrailingZeros())
        .containsExactly("Alpha 0.011", "Beta 0.011", "Zeta 0.011");
  }

  @Test
  void lossProtectionMarksCarriersAboveTheSellRate() {
    LcrRanking ranking = Lcr.rank(new LcrRequest("443001234567", MARCH, CARRIERS, FX));

    List<LossProtection.MarkedQuote> marked = LossProtection.mark(ranking, new BigDecimal("0.015"));

    assertThat(marked)
        .extracting(m -> m.quote().carrier() + " " + m.loss())
        .containsExactly("Zeta false", "Alpha true");
    assertThat(LossProtection.withoutLoss(ranking, new BigDecimal("0.011")))
        .extracting(CarrierQuote::carrier)
        .containsExactly("Zeta");
  }

  @Test
  void anInvalidNumberOrAnInstantBeforeEveryEntryLeavesNoQuote() {
    assertThat(Lcr.rank(new LcrRequest("44-20", MARCH, CARRIERS, FX)).quotes()).isEmpty();
    assertThat(
            Lcr.rank(new LcrRequest("4420", Entries.instant("2025-01-01"), CARRIERS, FX))
                .withoutRate())
        .containsExactly("Zeta", "Alpha", "Beta", "Gamma");
  }

  @Test
  void aMissingConversionRateOrAMismatchedDeckCurrencyIsRefused() {
    CurrencyConversion usdOnly = CurrencyConversion.of(USD, Map.of());

    assertThatThrownBy(() -> Lcr.rank(new LcrRequest("4420", MARCH, CARRIERS, usdOnly)))
        .hasMessage("no conversion rate from EUR to USD");
    CompiledDeck eurDeck = CompiledDeck.compile("eur", EUR, List.of());
    assertThatThrownBy(() -> new CarrierDeck("X", USD, eurDeck))
        .hasMessage("deck eur is in EUR, not USD");
    assertThatThrownBy(() -> CurrencyConversion.of(USD, Map.of(EUR, BigDecimal.ZERO)))
        .hasMessageContaining("positive");
  }
}

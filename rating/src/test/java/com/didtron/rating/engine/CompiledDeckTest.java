package com.didtron.rating.engine;

import static com.didtron.rating.fixtures.Entries.deck;
import static com.didtron.rating.fixtures.Entries.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.rating.EpochNanos;
import com.didtron.rating.bench.SyntheticData;
import com.didtron.rating.deck.RateEntry;
import com.didtron.rating.fixtures.Entries;
import com.didtron.rating.fixtures.ReferenceRater;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompiledDeckTest {
  private static final Instant MARCH = Entries.instant("2026-03-01");

  private static final CompiledDeck CHAINS =
      deck(
          entry("1", "0.1", "1/1", "2026-01-01"),
          entry("12345", "0.2", "1/1", "2026-01-01"),
          entry("1234567890123456789012", "0.3", "1/1", "2026-01-01"),
          entry("12399", "0.4", "1/1", "2026-01-01"),
          entry("9", "0.5", "1/1", "2026-01-01"),
          entry("98765432109876543210987654321012", "0.6", "1/1", "2026-01-01"));

  @ParameterizedTest(name = "{0} matches {1}")
  @CsvSource({
    "1, 1",
    "12, 1",
    "1234, 1",
    "12345, 12345",
    "123456, 12345",
    "12399, 12399",
    "1239, 1",
    "123456789012345678901, 12345",
    "1234567890123456789012, 1234567890123456789012",
    "12345678901234567890123, 1234567890123456789012",
    "98765, 9",
    "98765432109876543210987654321012, 98765432109876543210987654321012",
    "2, none",
    "'', none",
  })
  void compressedChainsStillMatchTheLongestPrefix(String number, String prefix) {
    int e = CHAINS.find(number, MARCH);
    assertThat(e == CompiledDeck.NO_MATCH ? "none" : number.substring(0, CHAINS.prefixLength(e)))
        .isEqualTo(prefix);
    byte[] bytes = number.getBytes();
    assertThat(CHAINS.find(bytes, 0, bytes.length, EpochNanos.of(MARCH))).isEqualTo(e);
  }

  @Test
  void aNonDigitEndsTheWalk() {
    assertThat(CHAINS.prefixLength(CHAINS.find("123x5", MARCH))).isEqualTo(1);
    assertThat(CHAINS.find("x1", MARCH)).isEqualTo(CompiledDeck.NO_MATCH);
  }

  @Test
  void anEntryReportsWhatItWasCompiledFrom() {
    CompiledDeck deck = deck(entry("44", "0.0125", "0.05", "30/6", "2026-01-01", "2027-01-01"));
    int e = deck.find("44123", MARCH);

    assertThat(deck.rate(e)).isEqualByComparingTo("0.0125");
    assertThat(deck.connectFee(e)).isEqualByComparingTo("0.05");
    assertThat(deck.initialIncrement(e)).isEqualTo(30);
    assertThat(deck.subsequentIncrement(e)).isEqualTo(6);
    assertThat(deck.destination(e)).isEqualTo("Dest 44");
    assertThat(deck.effectiveFrom(e)).isEqualTo(Entries.instant("2026-01-01"));
    assertThat(deck.effectiveTo(e)).isEqualTo(Entries.instant("2027-01-01"));
    assertThat(deck.size()).isEqualTo(1);
    assertThat(deck.footprintBytes()).isPositive();
  }

  @Test
  void ratesWithMoreThanSixDecimalsAreKeptExactly() {
    CompiledDeck deck = deck(entry("44", "0.01234567", "0.0000001", "1/1", "2026-01-01", null));
    int e = deck.find("44", MARCH);

    assertThat(deck.rate(e)).isEqualTo(new BigDecimal("0.01234567"));
    assertThat(deck.connectFee(e)).isEqualTo(new BigDecimal("0.0000001"));
    assertThat(deck.costMicros(e, 60)).isEqualTo(Billing.NOT_EXACT_IN_LONG);
    assertThat(deck.cost(e, 60).toPlainString()).isEqualTo("0.012346");
  }

  @Test
  void twoEntriesWithTheSamePrefixAndStartAreRejected() {
    RateEntry a = entry("44", "0.01", "1/1", "2026-01-01");
    RateEntry b = entry("44", "0.02", "1/1", "2026-01-01");

    assertThatThrownBy(() -> deck(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefix 44");
  }

  @Test
  void anEmptyDeckMatchesNothing() {
    assertThat(deck().find("44", MARCH)).isEqualTo(CompiledDeck.NO_MATCH);
  }

  @Test
  void aLargeSyntheticDeckMatchesLikeALinearScan() {
    List<String> prefixes = SyntheticData.prefixes(5_000, 11);
    List<RateEntry> entries = new ArrayList<>();
    for (String p : prefixes) {
      entries.add(entry(p, "0.01", "1/1", "2026-01-01"));
    }
    CompiledDeck deck = CompiledDeck.compile("big", null, entries);
    Random random = new Random(12);
    for (int i = 0; i < 2_000; i++) {
      String number = SyntheticData.callee(random, prefixes).replace("+", "");
      RateEntry expected = ReferenceRater.match(entries, number, MARCH);
      int e = deck.find(number, MARCH);
      assertThat(e == CompiledDeck.NO_MATCH ? null : number.substring(0, deck.prefixLength(e)))
          .isEqualTo(expected == null ? null : expected.prefix());
    }
  }
}

package com.didtron.rating.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.rating.EpochNanos;
import com.didtron.rating.cdr.Cdr;
import com.didtron.rating.deck.RateEntry;
import com.didtron.rating.fixtures.ReferenceRater;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The engine against the obvious implementation on random decks and CDRs (seeded). */
class RaterPropertyTest {
  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
  private static final int[][] INCREMENTS = {{1, 1}, {6, 6}, {30, 6}, {60, 60}, {60, 1}, {7, 13}};

  @Test
  void theEngineRatesEveryRandomCdrExactlyLikeTheReference() {
    Random random = new Random(20261101);
    int compared = 0;
    for (int round = 0; round < 60; round++) {
      List<RateEntry> sell = randomDeck(random);
      List<RateEntry> buy = randomDeck(random);
      CompiledDeck sellDeck = CompiledDeck.compile("sell", null, sell);
      CompiledDeck buyDeck = CompiledDeck.compile("buy", null, buy);
      for (int i = 0; i < 100; i++) {
        Cdr cdr = randomCdr(random);
        assertThat(flat(Rater.rate(cdr, sellDeck, buyDeck)))
            .as("%s%nsell %s%nbuy %s", cdr, sell, buy)
            .isEqualTo(ReferenceRater.rate(cdr, sell, buy));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(6000);
  }

  @Test
  void findPairAgreesWithTwoSingleLookups() {
    Random random = new Random(7);
    for (int round = 0; round < 40; round++) {
      CompiledDeck a = CompiledDeck.compile("a", null, randomDeck(random));
      CompiledDeck b = CompiledDeck.compile("b", null, randomDeck(random));
      for (int i = 0; i < 100; i++) {
        byte[] number = digits(random, 1 + random.nextInt(8)).getBytes();
        long at = EpochNanos.of(randomInstant(random));
        long pair = CompiledDeck.findPair(a, b, number, 0, number.length, at);
        assertThat(CompiledDeck.firstOf(pair)).isEqualTo(a.find(number, 0, number.length, at));
        assertThat(CompiledDeck.secondOf(pair)).isEqualTo(b.find(number, 0, number.length, at));
        assertThat(
                CompiledDeck.secondOf(CompiledDeck.findPair(null, b, number, 0, number.length, at)))
            .isEqualTo(b.find(number, 0, number.length, at));
      }
    }
  }

  @Test
  void aBatchOfLookupsAgreesWithFindPairOneByOne() {
    Random random = new Random(11);
    PairBatch batch = new PairBatch();
    for (int round = 0; round < 200; round++) {
      CompiledDeck a = CompiledDeck.compile("a", null, randomDeck(random));
      CompiledDeck b = CompiledDeck.compile("b", null, randomDeck(random));
      byte[] store = new byte[PairBatch.SIZE * 9];
      int used = 0;
      batch.clear();
      int n = 1 + random.nextInt(PairBatch.SIZE);
      int[] starts = new int[n];
      long[] at = new long[n];
      CompiledDeck[] sells = new CompiledDeck[n];
      CompiledDeck[] buys = new CompiledDeck[n];
      for (int k = 0; k < n; k++) {
        byte[] number = digits(random, random.nextInt(9)).getBytes();
        System.arraycopy(number, 0, store, used, number.length);
        starts[k] = used;
        used += number.length;
        at[k] = EpochNanos.of(randomInstant(random));
        sells[k] = random.nextInt(10) == 0 ? null : a;
        buys[k] = random.nextInt(10) == 0 ? null : b;
        assertThat(batch.add(sells[k], buys[k], starts[k], used, at[k])).isEqualTo(k);
      }
      batch.run(store);
      for (int k = 0; k < n; k++) {
        int end = k + 1 < n ? starts[k + 1] : used;
        assertThat(batch.result(k))
            .isEqualTo(CompiledDeck.findPair(sells[k], buys[k], store, starts[k], end, at[k]));
        int single =
            sells[k] == null ? CompiledDeck.NO_MATCH : a.find(store, starts[k], end, at[k]);
        assertThat(CompiledDeck.firstOf(batch.result(k))).isEqualTo(single);
      }
    }
  }

  /** Short prefixes over a small alphabet so that prefixes nest and dates overlap often. */
  private static List<RateEntry> randomDeck(Random random) {
    List<RateEntry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    int size = 1 + random.nextInt(25);
    while (entries.size() < size) {
      String prefix = digits(random, 1 + random.nextInt(4));
      Instant from = BASE.plusSeconds(random.nextInt(10) * 86_400L);
      Instant to =
          random.nextBoolean() ? null : from.plusSeconds((1 + random.nextInt(5)) * 86_400L);
      int[] inc = INCREMENTS[random.nextInt(INCREMENTS.length)];
      if (keys.add(prefix + "@" + from)) {
        entries.add(
            new RateEntry(
                prefix,
                "d" + prefix,
                randomAmount(random),
                randomFee(random),
                inc[0],
                inc[1],
                from,
                to));
      }
    }
    return entries;
  }

  private static BigDecimal randomAmount(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> BigDecimal.valueOf(random.nextInt(100), 6);
      case 1 -> BigDecimal.valueOf(random.nextLong(1_000_000_000_000L), 7);
      case 2 -> BigDecimal.valueOf(random.nextLong(Long.MAX_VALUE), 6);
      default -> BigDecimal.valueOf(random.nextInt(500_000), 6);
    };
  }

  private static BigDecimal randomFee(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> BigDecimal.valueOf(random.nextInt(100_000), 6);
      case 1 -> BigDecimal.valueOf(random.nextInt(1000), 8);
      default -> BigDecimal.ZERO;
    };
  }

  private static Cdr randomCdr(Random random) {
    String number = digits(random, 1 + random.nextInt(8));
    number =
        switch (random.nextInt(20)) {
          case 0 -> "+" + number;
          case 1 -> number + "#";
          case 2 -> "";
          default -> number;
        };
    BigDecimal duration =
        switch (random.nextInt(8)) {
          case 0 -> BigDecimal.ZERO;
          case 1 -> BigDecimal.valueOf(random.nextInt(1000), 1 + random.nextInt(3));
          case 2 -> BigDecimal.valueOf(random.nextLong(1_000_000_000_000L));
          default -> BigDecimal.valueOf(random.nextInt(400));
        };
    return new Cdr("c", "A", "C", "1", number, randomInstant(random), duration);
  }

  /** Mostly exactly on a day boundary (an effective_from or effective_to), sometimes just off. */
  private static Instant randomInstant(Random random) {
    Instant day = BASE.plusSeconds((random.nextInt(17) - 1) * 86_400L);
    return switch (random.nextInt(3)) {
      case 0 -> day;
      case 1 -> day.minusNanos(1);
      default -> day.plusSeconds(random.nextInt(86_400));
    };
  }

  private static String digits(Random random, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) ('0' + random.nextInt(3)));
    }
    return out.toString();
  }

  private static String flat(RatedCall call) {
    if (!call.isRated()) {
      return "UNRATED|" + call.reason();
    }
    LegRating c = call.customer();
    LegRating b = call.carrier();
    return "RATED||"
        + c.prefix()
        + "|"
        + c.billableSeconds()
        + "|"
        + c.cost().toPlainString()
        + "|"
        + b.prefix()
        + "|"
        + b.billableSeconds()
        + "|"
        + b.cost().toPlainString()
        + "|"
        + call.margin().toPlainString();
  }
}

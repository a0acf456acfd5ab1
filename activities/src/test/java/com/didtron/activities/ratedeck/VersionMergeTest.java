package com.didtron.activities.ratedeck;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.rating.deck.ChangeFlag;
import com.didtron.rating.deck.DeckMerge;
import com.didtron.rating.deck.ImportMode;
import com.didtron.rating.deck.RateEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionMergeTest {
  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

  @Test
  void givesWhatDeckMergeGivesWithAndWithoutAPreviousVersion() {
    Random random = new Random(14);
    for (int round = 0; round < 200; round++) {
      List<RateEntry> previous = round % 3 == 0 ? List.of() : rows(random, 1 + random.nextInt(60));
      List<RateEntry> file = rows(random, 1 + random.nextInt(60));
      for (ImportMode mode : ImportMode.values()) {
        Instant closeAt = JAN.plusSeconds(86_400L * random.nextInt(90));

        DeckMerge.Result fast = VersionMerge.merge(previous, file, mode, closeAt, NOW);

        assertThat(fast)
            .as("round %d %s", round, mode)
            .isEqualTo(DeckMerge.merge(previous, file, mode, closeAt, NOW));
      }
    }
  }

  @Test
  void aFirstVersionIsEveryRowNewInKeyOrder() {
    List<RateEntry> file =
        List.of(
            entry("4420", JAN, "0.02"),
            entry("44", JAN.plusSeconds(60), "0.01"),
            entry("44", JAN, "0.03"));

    DeckMerge.Result merged = VersionMerge.merge(List.of(), file, ImportMode.REPLACE, JAN, NOW);

    assertThat(merged.entries())
        .extracting(v -> v.entry().prefix() + "@" + v.entry().effectiveFrom().getEpochSecond())
        .containsExactly(
            "44@" + JAN.getEpochSecond(),
            "44@" + (JAN.getEpochSecond() + 60),
            "4420@" + JAN.getEpochSecond());
    assertThat(merged.entries())
        .allMatch(v -> v.flag() == ChangeFlag.NEW && v.previousRate() == null);
    assertThat(merged.counts().get(ChangeFlag.NEW)).isEqualTo(3);
    assertThat(merged.closedPrefixes()).isZero();
  }

  @Test
  void theRadixSortOrdersAsTheStringsCompareLongPrefixesIncluded() {
    Random random = new Random(27);
    for (int round = 0; round < 50; round++) {
      Set<String> keys = new HashSet<>();
      List<RateEntry> rows = new ArrayList<>();
      String stem =
          "12345678901234567"; // 17 digits: longer prefixes share the sort number's digits
      while (rows.size() < 1 + random.nextInt(3_000)) {
        String prefix =
            switch (random.nextInt(4)) {
              case 0 -> Integer.toString(random.nextInt(1_000));
              case 1 -> Long.toString(random.nextLong(1, Long.MAX_VALUE));
              case 2 -> stem + random.nextInt(10_000);
              default -> stem.substring(0, 1 + random.nextInt(stem.length()));
            };
        Instant from = JAN.plusSeconds(86_400L * random.nextInt(3));
        if (keys.add(prefix + from)) {
          rows.add(new RateEntry(prefix, "D", BigDecimal.ONE, BigDecimal.ZERO, 60, 6, from, null));
        }
      }
      RateEntry[] expected = rows.toArray(RateEntry[]::new);
      java.util.Arrays.sort(
          expected,
          java.util.Comparator.comparing(RateEntry::prefix)
              .thenComparing(RateEntry::effectiveFrom));

      assertThat(VersionMerge.sorted(rows)).as("round %d", round).containsExactly(expected);
      assertThat(VersionMerge.sorted(List.of(expected))).containsExactly(expected);
    }
  }

  /** Rows unique by prefix and effective_from, as the parser gives them, in random order. */
  private static List<RateEntry> rows(Random random, int n) {
    Set<String> keys = new HashSet<>();
    List<RateEntry> rows = new ArrayList<>();
    while (rows.size() < n) {
      String prefix = Integer.toString(1 + random.nextInt(400));
      Instant from = JAN.plusSeconds(86_400L * 30 * random.nextInt(4));
      if (!keys.add(prefix + from)) {
        continue;
      }
      Instant to =
          random.nextInt(4) == 0 ? from.plusSeconds(86_400L * (1 + random.nextInt(90))) : null;
      BigDecimal rate = BigDecimal.valueOf(random.nextInt(50), random.nextInt(5));
      rows.add(new RateEntry(prefix, "D" + prefix, rate, BigDecimal.ZERO, 60, 6, from, to));
    }
    return rows;
  }

  private static RateEntry entry(String prefix, Instant from, String rate) {
    return new RateEntry(prefix, "X", new BigDecimal(rate), BigDecimal.ZERO, 60, 6, from, null);
  }
}

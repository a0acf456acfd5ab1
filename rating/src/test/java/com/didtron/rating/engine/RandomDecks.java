package com.didtron.rating.engine;

import com.didtron.rating.deck.RateEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random decks for the engine's tests: nested prefixes over a small alphabet, overlapping dates.
 */
final class RandomDecks {
  static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

  private RandomDecks() {}

  /**
   * Up to {@code maxSize} entries: mostly prefixes of 1–5 digits from 0–2, now and then one of up
   * to {@code maxLongDigits} digits from 0–9; from dates over ten days, half of them open-ended.
   */
  static List<RateEntry> deck(Random random, int maxSize, int maxLongDigits) {
    List<RateEntry> entries = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    int size = 1 + random.nextInt(maxSize);
    while (entries.size() < size) {
      String prefix =
          random.nextInt(8) == 0
              ? digits(random, 1 + random.nextInt(maxLongDigits), 10)
              : digits(random, 1 + random.nextInt(5), 3);
      Instant from = BASE.plusSeconds(random.nextInt(10) * 86_400L);
      Instant to =
          random.nextBoolean() ? null : from.plusSeconds((1 + random.nextInt(5)) * 86_400L);
      if (keys.add(prefix + "@" + from)) {
        entries.add(entry(prefix, from, to));
      }
    }
    return entries;
  }

  /** An entry whose rate depends on its prefix's length (so a wrong match shows in the rate). */
  static RateEntry entry(String prefix, Instant from, Instant to) {
    return new RateEntry(
        prefix,
        "d" + prefix,
        BigDecimal.valueOf(12_345 + prefix.length(), 6),
        BigDecimal.ZERO,
        60,
        60,
        from,
        to);
  }

  static String digits(Random random, int length, int alphabet) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append((char) ('0' + random.nextInt(alphabet)));
    }
    return out.toString();
  }
}

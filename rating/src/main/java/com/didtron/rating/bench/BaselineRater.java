package com.didtron.rating.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The straightforward way to rate a CDR file, kept as the benchmark's yardstick: String.split, a
 * HashMap from prefix to entries probed from the longest length down, BigDecimal and Instant per
 * row. Same rules and output format as the engine, without its error handling (no quoted fields,
 * canonical column order only).
 */
public final class BaselineRater {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private BaselineRater() {}

  private record Entry(
      BigDecimal rate, BigDecimal connect, int initial, int subsequent, Instant from, Instant to) {}

  private record Deck(Map<String, List<Entry>> byPrefix, int longest) {}

  /**
   * What a baseline run did.
   *
   * @param cdrs CDRs rated
   * @param deckLoadNanos time spent loading the decks
   * @param ratingNanos time spent rating the CDR file
   */
  public record Run(long cdrs, long deckLoadNanos, long ratingNanos) {}

  /** Rates {@code cdrs} into {@code out}. */
  public static Run rate(Map<String, Path> sell, Map<String, Path> buy, Path cdrs, Path out)
      throws IOException {
    long started = System.nanoTime();
    Map<String, Deck> sellDecks = new HashMap<>();
    for (Map.Entry<String, Path> e : sell.entrySet()) {
      sellDecks.put(e.getKey(), load(e.getValue()));
    }
    Map<String, Deck> buyDecks = new HashMap<>();
    for (Map.Entry<String, Path> e : buy.entrySet()) {
      buyDecks.put(e.getKey(), load(e.getValue()));
    }
    long loaded = System.nanoTime();
    long n = 0;
    try (BufferedReader r = Files.newBufferedReader(cdrs, StandardCharsets.UTF_8);
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      r.readLine();
      w.write(
          "call_id,status,customer_prefix,customer_billable_seconds,customer_cost,"
              + "carrier_prefix,carrier_billable_seconds,carrier_cost,margin,reason\n");
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",");
        w.write(rateRow(f, sellDecks.get(f[1]), buyDecks.get(f[2])));
        n++;
      }
    }
    return new Run(n, loaded - started, System.nanoTime() - loaded);
  }

  private static String rateRow(String[] f, Deck sell, Deck buy) {
    String callee = f[4].startsWith("+") ? f[4].substring(1) : f[4];
    if (!callee.matches("[0-9]+")) {
      return f[0] + ",UNRATED,,,,,,,,INVALID_NUMBER\n";
    }
    Instant at = Instant.parse(f[5]);
    long seconds = new BigDecimal(f[6]).setScale(0, RoundingMode.CEILING).longValueExact();
    String[] customer = leg(sell, callee, at, seconds);
    if (customer == null) {
      return f[0] + ",UNRATED,,,,,,,,NO_CUSTOMER_RATE\n";
    }
    String[] carrier = leg(buy, callee, at, seconds);
    if (carrier == null) {
      return f[0] + ",UNRATED,,,,,,,,NO_CARRIER_RATE\n";
    }
    BigDecimal margin = new BigDecimal(customer[2]).subtract(new BigDecimal(carrier[2]));
    return f[0]
        + ",RATED,"
        + String.join(",", customer)
        + ","
        + String.join(",", carrier)
        + ","
        + margin.toPlainString()
        + ",\n";
  }

  private static String[] leg(Deck deck, String callee, Instant at, long seconds) {
    if (deck == null) {
      return null;
    }
    for (int len = Math.min(callee.length(), deck.longest()); len > 0; len--) {
      Entry best = null;
      for (Entry e : deck.byPrefix().getOrDefault(callee.substring(0, len), List.of())) {
        boolean effective = !at.isBefore(e.from()) && (e.to() == null || at.isBefore(e.to()));
        if (effective && (best == null || e.from().isAfter(best.from()))) {
          best = e;
        }
      }
      if (best != null) {
        long billable =
            seconds == 0
                ? 0
                : seconds <= best.initial()
                    ? best.initial()
                    : best.initial()
                        + (seconds - best.initial() + best.subsequent() - 1)
                            / best.subsequent()
                            * best.subsequent();
        BigDecimal cost =
            billable == 0
                ? BigDecimal.ZERO.setScale(6)
                : best.connect()
                    .add(
                        best.rate()
                            .multiply(BigDecimal.valueOf(billable))
                            .divide(SIXTY, 20, RoundingMode.DOWN))
                    .setScale(6, RoundingMode.HALF_UP);
        return new String[] {
          callee.substring(0, len), Long.toString(billable), cost.toPlainString()
        };
      }
    }
    return null;
  }

  private static Deck load(Path file) throws IOException {
    Map<String, List<Entry>> map = new HashMap<>();
    int longest = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",", -1);
        Entry e =
            new Entry(
                new BigDecimal(f[2]),
                f[3].isEmpty() ? BigDecimal.ZERO : new BigDecimal(f[3]),
                Integer.parseInt(f[4]),
                Integer.parseInt(f[5]),
                date(f[6]),
                f[7].isEmpty() ? null : date(f[7]));
        map.computeIfAbsent(f[0], k -> new ArrayList<>()).add(e);
        longest = Math.max(longest, f[0].length());
      }
    }
    return new Deck(map, longest);
  }

  private static Instant date(String s) {
    return s.length() == 10
        ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant()
        : Instant.parse(s);
  }
}

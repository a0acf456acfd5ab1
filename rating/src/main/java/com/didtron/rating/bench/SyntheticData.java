package com.didtron.rating.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic synthetic decks and CDR files for benchmarks and large tests: realistic prefix
 * shapes (country codes plus 4-9 digit area/NPA-NXX codes), the usual increments, 6-decimal rates.
 * Destination names contain no commas so the naive baseline can read the same files.
 */
public final class SyntheticData {
  private static final String[] INCREMENTS = {"1,1", "6,6", "30,6", "60,60", "60,1"};
  private static final int COUNTRY_CODES = 300;

  private SyntheticData() {}

  /** {@code n} distinct prefixes: up to 300 short country codes, the rest 4 to 9 digits. */
  public static List<String> prefixes(int n, long seed) {
    Random random = new Random(seed);
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>(n);
    while (out.size() < n) {
      boolean country = out.size() < Math.min(COUNTRY_CODES, n / 10 + 1);
      int length = country ? 1 + random.nextInt(3) : 4 + random.nextInt(6);
      String prefix = digits(random, length);
      if (seen.add(prefix)) {
        out.add(prefix);
      }
    }
    return out;
  }

  /** Writes a canonical deck CSV with one row per prefix, effective from 2026-01-01. */
  public static void writeDeck(Path file, List<String> prefixes, long seed) throws IOException {
    Random random = new Random(seed);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "prefix,destination,rate,connect_fee,initial_increment,subsequent_increment,"
              + "effective_from,effective_to\n");
      StringBuilder row = new StringBuilder(96);
      for (String prefix : prefixes) {
        row.setLength(0);
        row.append(prefix)
            .append(",Destination ")
            .append(prefix.charAt(0))
            .append(' ')
            .append(prefix.length())
            .append(',')
            .append(micros(1_000 + random.nextInt(499_000)))
            .append(',')
            .append(random.nextInt(10) == 0 ? "0.010000" : "")
            .append(',')
            .append(INCREMENTS[random.nextInt(INCREMENTS.length)])
            .append(",2026-01-01,\n");
        w.append(row);
      }
    }
  }

  /**
   * Writes {@code n} CDRs dialling numbers under {@code prefixes} (plus 2% unmatched numbers and a
   * few with a leading +), round-robin over {@code accounts} and {@code carriers}.
   */
  public static void writeCdrs(
      Path file,
      int n,
      List<String> prefixes,
      List<String> accounts,
      List<String> carriers,
      long seed)
      throws IOException {
    Random random = new Random(seed);
    long start = 1_780_272_000L;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("call_id,account,carrier,caller,callee,start_time,duration\n");
      StringBuilder row = new StringBuilder(128);
      for (int i = 0; i < n; i++) {
        row.setLength(0);
        row.append("call-")
            .append(i)
            .append(',')
            .append(accounts.get(i % accounts.size()))
            .append(',')
            .append(carriers.get(i % carriers.size()))
            .append(",15550001111,")
            .append(callee(random, prefixes))
            .append(',')
            .append(Instant.ofEpochSecond(start + i / 8))
            .append(',')
            .append(random.nextInt(600))
            .append(random.nextInt(4) == 0 ? ".4" : "")
            .append('\n');
        w.append(row);
      }
    }
  }

  /** A dialled number: a deck prefix extended to 11-12 digits, sometimes with a leading +. */
  public static String callee(Random random, List<String> prefixes) {
    if (random.nextInt(50) == 0) {
      return "0" + digits(random, 10);
    }
    String prefix = prefixes.get(random.nextInt(prefixes.size()));
    String number = prefix + digits(random, Math.max(1, 11 + random.nextInt(2) - prefix.length()));
    return random.nextInt(20) == 0 ? "+" + number : number;
  }

  private static String digits(Random random, int length) {
    char[] out = new char[length];
    out[0] = (char) ('1' + random.nextInt(9));
    for (int i = 1; i < length; i++) {
      out[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(out);
  }

  private static String micros(int micros) {
    return "0." + String.format(Locale.ROOT, "%06d", micros);
  }
}

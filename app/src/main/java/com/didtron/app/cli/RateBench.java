package com.didtron.app.cli;

import com.didtron.rating.bench.BaselineRater;
import com.didtron.rating.bench.SyntheticData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./didtron bench rate}: {@code ./didtron rate} as an operator runs it, a whole process from
 * JVM start to the last byte written, on generated files (two customers' sell decks and a carrier's
 * buy deck of the same size, a CDR file), beside the straightforward rater (String.split, HashMap,
 * BigDecimal) on the same files in the same run. The first process writes the launcher's start-up
 * cache; the timed runs follow it.
 */
final class RateBench {
  private static final Pattern PHASES = Pattern.compile("decks (\\d+) ms, rating (\\d+) ms");

  private RateBench() {}

  /** Generates the files, runs everything and returns the report. */
  static String run(int prefixes, int cdrs, int runs, boolean baseline) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("didtron-rate-bench");
      return new Scenario(dir, prefixes, cdrs).report(Math.max(1, runs), baseline);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static final class Scenario {
    private final Path dir;
    private final int prefixCount;
    private final int cdrCount;
    private final Map<String, Path> sell = new LinkedHashMap<>();
    private final Map<String, Path> buy = new LinkedHashMap<>();
    private final Path cdrs;
    private final StringBuilder report = new StringBuilder();
    private final double generated;

    Scenario(Path dir, int prefixCount, int cdrCount) throws IOException {
      this.dir = dir;
      this.prefixCount = prefixCount;
      this.cdrCount = cdrCount;
      long t0 = System.nanoTime();
      List<String> prefixes = SyntheticData.prefixes(prefixCount, 1);
      sell.put("ACME", dir.resolve("sell-acme.csv"));
      sell.put("GLOBEX", dir.resolve("sell-globex.csv"));
      buy.put("CARRIER1", dir.resolve("buy-carrier1.csv"));
      SyntheticData.writeDeck(sell.get("ACME"), prefixes, 2);
      SyntheticData.writeDeck(sell.get("GLOBEX"), prefixes, 4);
      SyntheticData.writeDeck(buy.get("CARRIER1"), prefixes, 3);
      cdrs = dir.resolve("cdrs.csv");
      SyntheticData.writeCdrs(
          cdrs, cdrCount, prefixes, List.of("ACME", "GLOBEX"), List.of("CARRIER1"), 5);
      generated = (System.nanoTime() - t0) / 1e9;
    }

    String report(int runs, boolean baseline) throws IOException {
      line(
          "DIDTron rate bench: %,d CDRs, 3 decks x %,d prefixes, %d processors, Java %s",
          cdrCount, prefixCount, Runtime.getRuntime().availableProcessors(), Runtime.version());
      line(
          "files:             CDRs %,d bytes, decks 3 x %,d bytes (generated in %.1f s)",
          Files.size(cdrs), Files.size(sell.get("ACME")), generated);
      List<String> command = rateCommand(dir.resolve("rated.csv"));
      line("command:           %s", String.join(" ", command).replace(dir.toString(), "$DIR"));
      Timed first = process(command);
      line(
          "first run:         %.2f s (writes the launcher's start-up cache when there is none, or renews"
              + " one a far smaller run wrote)",
          first.seconds);
      List<Timed> timed = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        timed.add(process(command));
      }
      timed.sort(Comparator.comparingDouble(p -> p.seconds));
      Timed best = timed.get(0);
      line(
          "whole process:     %,12.0f CDR/s (%.2f s, best of %d: %s s; JVM start, 3 decks, rating,"
              + " writing)",
          cdrCount / best.seconds,
          best.seconds,
          runs,
          timed.stream()
              .map(p -> String.format(Locale.ROOT, "%.2f", p.seconds))
              .reduce((a, b) -> a + " " + b)
              .orElse(""));
      double decks = best.decksMs / 1e3;
      double rating = best.ratingMs / 1e3;
      line(
          "deck loading:      %,12.0f rows/s (%,d rows in %.3f s, 3 files in parallel)",
          3.0 * prefixCount / decks, 3 * prefixCount, decks);
      line(
          "rating phase:      %,12.0f CDR/s (%.3f s: read, rate both legs, write, in order)",
          cdrCount / rating, rating);
      line(
          "JVM start + exit:  %12.3f s (whole process minus the two phases)",
          best.seconds - decks - rating);
      line("summary:           %s", best.summary);
      if (baseline) {
        baseline(best);
      }
      return report.toString();
    }

    private void baseline(Timed best) throws IOException {
      Path out = dir.resolve("baseline.csv");
      BaselineRater.Run base = BaselineRater.rate(sell, buy, cdrs, out);
      double seconds = (base.deckLoadNanos() + base.ratingNanos()) / 1e9;
      line(
          "straightforward:   %,12.0f CDR/s (%.2f s in-process, no JVM start: decks %.2f s,"
              + " rating %.2f s; String.split + HashMap + BigDecimal)",
          cdrCount / seconds, seconds, base.deckLoadNanos() / 1e9, base.ratingNanos() / 1e9);
      long mismatch = Files.mismatch(out, dir.resolve("rated.csv"));
      line(
          "whole process vs straightforward: %.1fx; same output file: %s",
          seconds / best.seconds,
          mismatch < 0 ? "yes" : "NO (first difference at byte " + mismatch + ")");
    }

    private List<String> rateCommand(Path out) {
      List<String> command = new ArrayList<>();
      String launcher = System.getProperty("didtron.launcher");
      if (launcher != null && Files.isExecutable(Path.of(launcher))) {
        command.add(launcher);
      } else {
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(jar());
      }
      command.add("rate");
      sell.forEach((account, file) -> command.addAll(List.of("--sell", account + "=" + file)));
      buy.forEach((carrier, file) -> command.addAll(List.of("--buy", carrier + "=" + file)));
      command.addAll(List.of("--cdrs", cdrs.toString(), "--out", out.toString()));
      return command;
    }

    private static String jar() {
      try {
        return Path.of(RateBench.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
      } catch (Exception e) {
        return "app/target/didtron.jar";
      }
    }

    private Timed process(List<String> command) throws IOException {
      Path log = dir.resolve("rate.log");
      long t0 = System.nanoTime();
      java.lang.Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      try {
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        String output = Files.readString(log, StandardCharsets.UTF_8).strip();
        Matcher m = PHASES.matcher(output);
        if (exit != 0 || !m.find()) {
          throw new IllegalStateException("didtron rate failed (exit " + exit + "): " + output);
        }
        return new Timed(seconds, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), output);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    private void line(String format, Object... args) {
      report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
  }

  private record Timed(double seconds, long decksMs, long ratingMs, String summary) {}

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp directory left behind is harmless
    }
  }
}

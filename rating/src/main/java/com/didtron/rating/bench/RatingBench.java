package com.didtron.rating.bench;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.EpochNanos;
import com.didtron.rating.deck.DeckParseResult;
import com.didtron.rating.deck.DeckParser;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.lcr.CarrierDeck;
import com.didtron.rating.lcr.CurrencyConversion;
import com.didtron.rating.lcr.Lcr;
import com.didtron.rating.lcr.LcrRequest;
import com.didtron.rating.offline.OfflineRating;
import com.didtron.rating.offline.Summary;
import com.didtron.rating.plan.PlanCarrier;
import com.didtron.rating.plan.PlanDeck;
import com.didtron.rating.plan.PlanDecks;
import com.didtron.rating.plan.PlanPolicy;
import com.didtron.rating.plan.RoutePlan;
import com.didtron.rating.plan.RoutePlanCompiler;
import com.didtron.rating.plan.RoutePlanRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A quick, plain (non-JMH) benchmark of the rating core on generated data, printed by {@code
 * didtron bench rating --prefixes N --cdrs M}. Throughputs are wall-clock rates of one run after a
 * warm-up run; they are indicative, JMH gives the careful numbers.
 */
public final class RatingBench {
  private static final List<String> ACCOUNTS = List.of("ACME", "GLOBEX");
  private static final List<String> CARRIERS = List.of("CARRIER1");
  private static final int BASELINE_MAX_CDRS = 200_000;
  private static final int LOOKUPS = 1_000_000;
  private static final int LCR_QUERIES = 500_000;

  private RatingBench() {}

  /** Runs every scenario on {@code prefixes}-row decks and {@code cdrs} CDRs; returns a report. */
  public static String run(int prefixes, int cdrs) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("didtron-rating-bench");
      return new Scenario(dir, prefixes, cdrs).report();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  /** The files and decks of one run. */
  private static final class Scenario {
    private final Path dir;
    private final int prefixCount;
    private final int cdrCount;
    private final List<String> prefixes;
    private final Path sellDeck;
    private final Path buyDeck;
    private final StringBuilder report = new StringBuilder();

    Scenario(Path dir, int prefixCount, int cdrCount) throws IOException {
      this.dir = dir;
      this.prefixCount = prefixCount;
      this.cdrCount = cdrCount;
      this.prefixes = SyntheticData.prefixes(prefixCount, 1);
      this.sellDeck = dir.resolve("sell.csv");
      this.buyDeck = dir.resolve("buy.csv");
      SyntheticData.writeDeck(sellDeck, prefixes, 2);
      SyntheticData.writeDeck(buyDeck, prefixes, 3);
    }

    String report() throws IOException {
      line(
          "DIDTron rating bench: %,d prefixes, %,d CDRs, %d processors, Java %s",
          prefixCount, cdrCount, Runtime.getRuntime().availableProcessors(), Runtime.version());
      DeckParseResult parsed = parseDeck();
      CompiledDeck sell = compileAndMeasure(parsed);
      CompiledDeck buy = CompiledDeck.compile("buy", null, DeckParser.parse(buyDeck).entries());
      lookups(sell);
      offline();
      lcr(sell, buy);
      plan(sell, buy);
      return report.toString();
    }

    private DeckParseResult parseDeck() throws IOException {
      DeckParser.parse(sellDeck);
      long t0 = System.nanoTime();
      DeckParseResult parsed = DeckParser.parse(sellDeck);
      double seconds = (System.nanoTime() - t0) / 1e9;
      line(
          "deck parse:        %,12.0f rows/s (%,d rows in %.3f s, %d errors)",
          parsed.entries().size() / seconds,
          parsed.entries().size(),
          seconds,
          parsed.errors().size());
      return parsed;
    }

    private CompiledDeck compileAndMeasure(DeckParseResult parsed) {
      long before = usedHeapAfterGc();
      long t0 = System.nanoTime();
      CompiledDeck deck = CompiledDeck.compile("sell", null, parsed.entries());
      double seconds = (System.nanoTime() - t0) / 1e9;
      long after = usedHeapAfterGc();
      Reference.reachabilityFence(deck);
      line(
          "deck compile:      %,12.0f rows/s (%.3f s, %,d trie nodes)",
          deck.size() / seconds, seconds, deck.nodeCount());
      line(
          "deck heap:         %,12d bytes/prefix (%,d bytes total, measured after GC)",
          (after - before) / Math.max(1, deck.size()), after - before);
      return deck;
    }

    private void lookups(CompiledDeck deck) {
      Random random = new Random(4);
      byte[][] numbers = new byte[1 << 16][];
      for (int i = 0; i < numbers.length; i++) {
        numbers[i] =
            SyntheticData.callee(random, prefixes)
                .replace("+", "")
                .getBytes(StandardCharsets.US_ASCII);
      }
      long at = EpochNanos.of(Instant.parse("2026-06-01T00:00:00Z"));
      long hits = 0;
      for (int round = 0; round < 2; round++) {
        hits = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < LOOKUPS; i++) {
          byte[] n = numbers[i & (numbers.length - 1)];
          hits += deck.find(n, 0, n.length, at) >= 0 ? 1 : 0;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (round == 1) {
          line(
              "prefix lookup:     %,12.0f lookups/s (1 thread, %.1f%% matched)",
              LOOKUPS / seconds, 100.0 * hits / LOOKUPS);
        }
      }
    }

    private void offline() throws IOException {
      Path cdrs = dir.resolve("cdrs.csv");
      SyntheticData.writeCdrs(cdrs, cdrCount, prefixes, ACCOUNTS, CARRIERS, 5);
      Map<String, Path> sell = Map.of("ACME", sellDeck, "GLOBEX", sellDeck);
      Map<String, Path> buy = Map.of("CARRIER1", buyDeck);
      PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
      OfflineRating.run(sell, buy, cdrs, dir.resolve("warmup.csv"), quiet);
      long t0 = System.nanoTime();
      Summary summary = OfflineRating.run(sell, buy, cdrs, dir.resolve("rated.csv"), quiet);
      double seconds = (System.nanoTime() - t0) / 1e9;
      double ratingSeconds = summary.rating().toNanos() / 1e9;
      line(
          "offline rating:    %,12.0f CDR/s file-to-file, rating phase (%.3f s)",
          cdrCount / ratingSeconds, ratingSeconds);
      line(
          "offline total:     %,12.0f CDR/s incl. loading 2 decks (%.3f s; %s)",
          cdrCount / seconds, seconds, summary.describe());
      baseline(cdrs, sell, buy, quiet);
    }

    private void baseline(
        Path cdrs, Map<String, Path> sell, Map<String, Path> buy, PrintStream quiet)
        throws IOException {
      Path sample = cdrs;
      int n = cdrCount;
      if (cdrCount > BASELINE_MAX_CDRS) {
        n = BASELINE_MAX_CDRS;
        sample = dir.resolve("baseline-cdrs.csv");
        try (Stream<String> lines = Files.lines(cdrs)) {
          Files.write(sample, (Iterable<String>) lines.limit(n + 1L)::iterator);
        }
      }
      BaselineRater.Run base = BaselineRater.rate(sell, buy, sample, dir.resolve("baseline.csv"));
      Summary ours = OfflineRating.run(sell, buy, sample, dir.resolve("same-sample.csv"), quiet);
      double baseRate = n / (base.ratingNanos() / 1e9);
      double oursRate = n / (ours.rating().toNanos() / 1e9);
      line(
          "baseline rating:   %,12.0f CDR/s rating phase (String.split + HashMap + BigDecimal,"
              + " %,d CDRs); engine on the same file: %,.0f CDR/s, %.1fx",
          baseRate, n, oursRate, oursRate / baseRate);
      double baseLoad = base.deckLoadNanos() / 1e9;
      double oursLoad = ours.deckLoad().toNanos() / 1e9;
      line(
          "baseline decks:    %,12.3f s to load 2 decks; engine %.3f s, %.1fx; whole run"
              + " %.1fx",
          baseLoad,
          oursLoad,
          baseLoad / oursLoad,
          (base.deckLoadNanos() + base.ratingNanos()) / (double) ours.elapsed().toNanos());
    }

    private void lcr(CompiledDeck sell, CompiledDeck buy) {
      CurrencyCode usd = CurrencyCode.of("USD");
      CurrencyCode eur = CurrencyCode.of("EUR");
      List<CarrierDeck> carriers =
          List.of(
              new CarrierDeck("A", usd, sell),
              new CarrierDeck("B", eur, buy),
              new CarrierDeck("C", usd, buy),
              new CarrierDeck("D", eur, sell));
      CurrencyConversion fx = CurrencyConversion.of(usd, Map.of(eur, new BigDecimal("1.0825")));
      Random random = new Random(6);
      String[] numbers = new String[1 << 16];
      for (int i = 0; i < numbers.length; i++) {
        numbers[i] = SyntheticData.callee(random, prefixes);
      }
      Instant at = Instant.parse("2026-06-01T00:00:00Z");
      long quotes = 0;
      for (int i = 0; i < LCR_QUERIES / 4; i++) {
        quotes +=
            Lcr.rank(new LcrRequest(numbers[i & (numbers.length - 1)], at, carriers, fx))
                .quotes()
                .size();
      }
      quotes = 0;
      long t0 = System.nanoTime();
      for (int i = 0; i < LCR_QUERIES; i++) {
        quotes +=
            Lcr.rank(new LcrRequest(numbers[i & (numbers.length - 1)], at, carriers, fx))
                .quotes()
                .size();
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      line(
          "LCR ranking:       %,12.0f queries/s (1 thread, 4 carriers, 2 currencies, %.2f quotes/query)",
          LCR_QUERIES / seconds, (double) quotes / LCR_QUERIES);
    }

    /** A customer's routing plan over the sell deck with four carriers (two on each deck). */
    private void plan(CompiledDeck sell, CompiledDeck buy) {
      CurrencyCode usd = CurrencyCode.of("USD");
      CurrencyCode eur = CurrencyCode.of("EUR");
      Instant at = Instant.parse("2026-06-01T00:00:00Z");
      long t0 = System.nanoTime();
      PlanDeck sellPlan = PlanDecks.effective(sell, usd, at);
      PlanDeck buyUsd = PlanDecks.effective(buy, usd, at);
      PlanDeck buyEur = PlanDecks.effective(buy, eur, at);
      PlanDeck sellEur = PlanDecks.effective(sell, eur, at);
      long t1 = System.nanoTime();
      RoutePlan plan =
          RoutePlanCompiler.compile(
              new RoutePlanRequest(
                  "ACME",
                  "STANDARD",
                  sellPlan,
                  List.of(
                      new PlanCarrier("A", "A", sellPlan),
                      new PlanCarrier("B", "B", buyEur),
                      new PlanCarrier("C", "C", buyUsd),
                      new PlanCarrier("D", "D", sellEur)),
                  CurrencyConversion.of(usd, Map.of(eur, new BigDecimal("1.0825"))),
                  PlanPolicy.lossProtection(false)));
      long t2 = System.nanoTime();
      String fingerprint = plan.fingerprint();
      long t3 = System.nanoTime();
      line(
          "routing plan:      %,12.3f s to compile %,d rules (4 carriers, 2 currencies); reading"
              + " the decks %.3f s, fingerprint %.3f s (%s…)",
          (t2 - t1) / 1e9,
          plan.rules().size(),
          (t1 - t0) / 1e9,
          (t3 - t2) / 1e9,
          fingerprint.substring(0, 8));
    }

    private void line(String format, Object... args) {
      report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

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

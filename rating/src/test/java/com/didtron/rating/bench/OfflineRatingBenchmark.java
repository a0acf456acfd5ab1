package com.didtron.rating.bench;

import com.didtron.rating.offline.OfflineRating;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * File-to-file rating with generated decks: the engine (all processors, and one thread) against the
 * straightforward baseline. One operation rates the whole CDR file, deck loading included; divide
 * the CDR count by the time per operation for CDR/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OfflineRatingBenchmark {
  @Param({"300000"})
  public int prefixes;

  @Param({"1000000"})
  public int cdrs;

  private Path dir;
  private Map<String, Path> sell;
  private Map<String, Path> buy;
  private Path cdrFile;
  private final PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("didtron-jmh-offline");
    List<String> codes = SyntheticData.prefixes(prefixes, 1);
    Path sellDeck = dir.resolve("sell.csv");
    Path buyDeck = dir.resolve("buy.csv");
    SyntheticData.writeDeck(sellDeck, codes, 2);
    SyntheticData.writeDeck(buyDeck, codes, 3);
    cdrFile = dir.resolve("cdrs.csv");
    SyntheticData.writeCdrs(cdrFile, cdrs, codes, List.of("ACME"), List.of("CARRIER"), 4);
    sell = Map.of("ACME", sellDeck);
    buy = Map.of("CARRIER", buyDeck);
  }

  @TearDown
  public void tearDown() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public long engine() {
    return OfflineRating.run(sell, buy, cdrFile, dir.resolve("out.csv"), quiet).cdrs();
  }

  @Benchmark
  public long engineOneThread() {
    return OfflineRating.run(sell, buy, cdrFile, dir.resolve("out1.csv"), quiet, 1).cdrs();
  }

  @Benchmark
  public long baseline() throws IOException {
    return BaselineRater.rate(sell, buy, cdrFile, dir.resolve("baseline.csv")).cdrs();
  }

  /** Runs this benchmark; accepts JMH options such as {@code -f 1 -wi 1 -i 1 -p cdrs=100000}. */
  public static void main(String[] args) throws Exception {
    BenchmarkRunner.run(OfflineRatingBenchmark.class, args);
  }
}

package com.didtron.rating.bench;

import com.didtron.rating.EpochNanos;
import com.didtron.rating.deck.RateEntry;
import com.didtron.rating.engine.CompiledDeck;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Longest-prefix lookup: the compiled deck (which also checks effective dates) against a HashMap
 * per prefix length and a TreeMap probed from the longest length down (neither checks dates).
 * Numbers are random over the whole deck, so most accesses miss the CPU caches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PrefixLookupBenchmark {
  private static final int NUMBERS = 1 << 16;

  @Param({"300000"})
  public int prefixes;

  private CompiledDeck deck;
  private List<Map<String, Integer>> byLength;
  private TreeMap<String, Integer> tree;
  private byte[][] numberBytes;
  private String[] numbers;
  private long at;

  @Setup
  public void setUp() {
    List<String> codes = SyntheticData.prefixes(prefixes, 1);
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    List<RateEntry> entries = new ArrayList<>();
    byLength = new ArrayList<>();
    tree = new TreeMap<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      entries.add(new RateEntry(code, "", BigDecimal.ONE, null, 1, 1, from, null));
      while (byLength.size() <= code.length()) {
        byLength.add(new HashMap<>());
      }
      byLength.get(code.length()).put(code, i);
      tree.put(code, i);
    }
    deck = CompiledDeck.compile("bench", null, entries);
    Random random = new Random(2);
    numbers = new String[NUMBERS];
    numberBytes = new byte[NUMBERS][];
    for (int i = 0; i < NUMBERS; i++) {
      numbers[i] = SyntheticData.callee(random, codes).replace("+", "");
      numberBytes[i] = numbers[i].getBytes(StandardCharsets.US_ASCII);
    }
    at = EpochNanos.of(Instant.parse("2026-06-01T00:00:00Z"));
  }

  @Benchmark
  @OperationsPerInvocation(NUMBERS)
  public long compiledDeck() {
    long sum = 0;
    for (byte[] n : numberBytes) {
      sum += deck.find(n, 0, n.length, at);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(NUMBERS)
  public long hashMapPerLength() {
    long sum = 0;
    for (String n : numbers) {
      for (int len = Math.min(n.length(), byLength.size() - 1); len > 0; len--) {
        Integer hit = byLength.get(len).get(n.substring(0, len));
        if (hit != null) {
          sum += hit;
          break;
        }
      }
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(NUMBERS)
  public long treeMap() {
    long sum = 0;
    for (String n : numbers) {
      for (int len = Math.min(n.length(), byLength.size() - 1); len > 0; len--) {
        Integer hit = tree.get(n.substring(0, len));
        if (hit != null) {
          sum += hit;
          break;
        }
      }
    }
    return sum;
  }

  /** Runs this benchmark; accepts JMH options such as {@code -f 1 -wi 1 -i 1 -r 1s}. */
  public static void main(String[] args) throws Exception {
    BenchmarkRunner.run(PrefixLookupBenchmark.class, args);
  }
}

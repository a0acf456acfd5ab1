package com.didtron.rating.bench;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.rating.deck.RateEntry;
import com.didtron.rating.engine.CompiledDeck;
import com.didtron.rating.lcr.CarrierDeck;
import com.didtron.rating.lcr.CurrencyConversion;
import com.didtron.rating.lcr.Lcr;
import com.didtron.rating.lcr.LcrRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

/** LCR queries per second over several carriers' 300k-prefix decks in two currencies. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LcrBenchmark {
  private static final int QUERIES = 4096;

  @Param({"300000"})
  public int prefixes;

  @Param({"5"})
  public int carriers;

  private List<CarrierDeck> decks;
  private String[] numbers;
  private final Instant at = Instant.parse("2026-06-01T00:00:00Z");
  private final CurrencyConversion fx =
      CurrencyConversion.of(
          CurrencyCode.of("USD"), Map.of(CurrencyCode.of("EUR"), new BigDecimal("1.0825")));

  @Setup
  public void setUp() {
    List<String> codes = SyntheticData.prefixes(prefixes, 1);
    Random random = new Random(3);
    decks = new ArrayList<>();
    for (int c = 0; c < carriers; c++) {
      CurrencyCode currency = CurrencyCode.of(c % 2 == 0 ? "USD" : "EUR");
      List<RateEntry> entries = new ArrayList<>();
      for (String code : codes) {
        entries.add(
            new RateEntry(
                code,
                "",
                BigDecimal.valueOf(random.nextInt(500_000), 6),
                null,
                60,
                6,
                Instant.parse("2026-01-01T00:00:00Z"),
                null));
      }
      decks.add(
          new CarrierDeck(
              "carrier" + c, currency, CompiledDeck.compile("c" + c, currency, entries)));
    }
    numbers = new String[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      numbers[i] = SyntheticData.callee(random, codes);
    }
  }

  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public int rank() {
    int quotes = 0;
    for (String number : numbers) {
      quotes += Lcr.rank(new LcrRequest(number, at, decks, fx)).quotes().size();
    }
    return quotes;
  }

  /** Runs this benchmark; accepts JMH options such as {@code -f 1 -wi 1 -i 1}. */
  public static void main(String[] args) throws Exception {
    BenchmarkRunner.run(LcrBenchmark.class, args);
  }
}

package com.didtron.rating.bench;

import com.didtron.rating.deck.DeckParseResult;
import com.didtron.rating.deck.DeckParser;
import com.didtron.rating.engine.CompiledDeck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Parsing (and parsing plus compiling) a generated deck file; one operation is the whole file. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeckParseBenchmark {
  @Param({"300000"})
  public int rows;

  private Path file;

  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("didtron-jmh-deck", ".csv");
    SyntheticData.writeDeck(file, SyntheticData.prefixes(rows, 1), 2);
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public DeckParseResult parse() throws IOException {
    return DeckParser.parse(file);
  }

  @Benchmark
  public CompiledDeck parseAndCompile() throws IOException {
    return CompiledDeck.compile("bench", null, DeckParser.parse(file).entries());
  }

  /** Runs this benchmark; accepts JMH options such as {@code -f 1 -wi 1 -i 1}. */
  public static void main(String[] args) throws Exception {
    BenchmarkRunner.run(DeckParseBenchmark.class, args);
  }
}

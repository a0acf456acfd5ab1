package com.didtron.rating.deck;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.rating.EpochNanos;
import com.didtron.rating.bench.SyntheticData;
import com.didtron.rating.engine.CompiledDeck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast deck reader gives exactly the deck the careful parser gives, or declines (null) so the
 * careful parser reports the file's problems with their line numbers.
 */
class FastDeckReaderTest {
  private static final String HEADER =
      "prefix,destination,rate,connect_fee,initial_increment,subsequent_increment,"
          + "effective_from,effective_to\n";
  private static final Instant[] WHEN = {
    Instant.parse("2025-06-01T00:00:00Z"),
    Instant.parse("2026-01-01T00:00:00Z"),
    Instant.parse("2026-03-01T12:00:00Z"),
    Instant.parse("2027-01-01T00:00:00Z")
  };

  @Test
  void aCleanDeckCompilesToTheSameDeckAsTheCarefulParser() throws IOException {
    String deck =
        HEADER
            + "44,United Kingdom,0.0125,,1,1,2026-01-01,\n"
            + "4420,London,0.011,0.010000,30,6,2026-01-01,2026-03-01\n"
            + "4420,London,.02,,60,60,2026-03-01,\n"
            + "  447 ,\tUK Mobile ,7,0.5,60,1,2026-01-01T00:00:00Z,\n"
            + "1,USA,0.000001,,6,6,2025-01-01,2027-01-01T00:00:00.5Z\n"
            + "33,Frankreich Zürich,1.,,1,1,2026-01-01,\n"
            + "\n"
            + ",,,,,,,\n";
    assertSame(deck, List.of("44", "4420", "44201", "447", "1", "12", "33"));
  }

  @Test
  void crlfLineEndsAndAnyColumnOrderAreReadFast() throws IOException {
    String deck =
        "effective_from,rate,prefix,destination,initial_increment,subsequent_increment\r\n"
            + "2026-01-01,0.5,49,Germany,1,1\r\n"
            + "2026-01-01,0.25,4930,Berlin,60,60\r\n";
    assertThat(FastDeckReader.read(bytes(deck))).isNotNull();
    assertSame(deck, List.of("49", "4930", "49301"));
  }

  @Test
  void oddShapesAreLeftToTheCarefulParser() {
    List<String> odd =
        List.of(
            HEADER + "44,\"UK, mainland\",0.01,,1,1,2026-01-01,\n",
            HEADER + "44,UK,0.01,,1,1,2026-01-01,\r49,DE,0.01,,1,1,2026-01-01,\n",
            HEADER + "44,UK,0.0000001,,1,1,2026-01-01,\n",
            HEADER + "44,UK,-0.01,,1,1,2026-01-01,\n",
            HEADER + "44,UK,1e-3,,1,1,2026-01-01,\n",
            HEADER + "44,UK,0.01,,1,1,2026-01-01,\n\n49,DE,0.01,,1,1,2026-01-01,\n",
            HEADER + "44,UK,0.01,,1,1,2026-01-01,\n44,UK again,0.02,,1,1,2026-01-01,\n",
            HEADER + "44,UK,0.01,,1,1,2026-01-01\n",
            HEADER + "4x,UK,0.01,,1,1,2026-01-01,\n",
            HEADER + "44,UK,0.01,,0,1,2026-01-01,\n",
            HEADER + "44,UK,0.01,,1,1,2026-02-30,\n",
            HEADER + "44,UK,0.01,,1,1,2026-01-01,2026-01-01\n",
            HEADER,
            "prefix,rate\n44,0.01\n",
            "");
    for (String deck : odd) {
      byte[] data = bytes(deck);
      PackedRows rows = FastDeckReader.read(data);
      CompiledDeck compiled = rows == null ? null : CompiledDeck.compile("fast", null, rows);
      assertThat(compiled).as(deck).isNull();
    }
  }

  @Test
  void aDuplicateIsStillReportedWithTheLineOfTheFirstOne() throws IOException {
    String deck =
        HEADER
            + "44,UK,0.01,,1,1,2026-01-01,\n"
            + "49,DE,0.01,,1,1,2026-01-01,\n"
            + "44,UK again,0.02,,1,1,2026-01-01,\n";
    PackedRows rows = FastDeckReader.read(bytes(deck));
    assertThat(rows).isNotNull();
    assertThat(CompiledDeck.compile("fast", null, rows)).isNull();
    DeckParseResult careful = DeckParser.parse(new ByteArrayInputStream(bytes(deck)));
    assertThat(careful.errors()).hasSize(1);
    assertThat(careful.errors().get(0).line()).isEqualTo(4);
    assertThat(careful.errors().get(0).reason()).startsWith("duplicate of line 2");
  }

  @Test
  void aLargeSyntheticDeckInManyChunksMatchesTheCarefulParser(@TempDir Path dir)
      throws IOException {
    List<String> prefixes = SyntheticData.prefixes(20_000, 11);
    Path file = dir.resolve("deck.csv");
    SyntheticData.writeDeck(file, prefixes, 12);
    byte[] data = Files.readAllBytes(file);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (int parts : new int[] {1, 2, 7, 64}) {
        PackedRows rows = FastDeckReader.read(data, pool, parts).join();
        assertThat(rows).isNotNull();
        assertThat(rows.size()).isEqualTo(prefixes.size());
        CompiledDeck fast = CompiledDeck.compile("fast", null, rows);
        CompiledDeck careful =
            CompiledDeck.compile(
                "careful", null, DeckParser.parse(new ByteArrayInputStream(data)).entries());
        Random random = new Random(parts);
        for (int i = 0; i < 5_000; i++) {
          String number = SyntheticData.callee(random, prefixes).replace("+", "");
          assertSameEntry(fast, careful, number);
        }
        for (String prefix : prefixes.subList(0, 2_000)) {
          assertSameEntry(fast, careful, prefix);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rowsShorterThanTheSampledOnesOutgrowTheirChunksRoomAndStayInFileOrder() throws IOException {
    // the first rows (the sample that sizes each chunk's room) are long, the rest short: the
    // later chunks hold far more rows than their room and move to columns of their own
    StringBuilder deck = new StringBuilder(HEADER);
    List<String> prefixes = new java.util.ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      String prefix = String.valueOf(100_000 + i);
      String name = i < 300 ? "Destination with a long name number " + "x".repeat(90) : "D";
      prefixes.add(prefix);
      deck.append(prefix).append(',').append(name).append(",0.01,,1,1,2026-01-01,\n");
    }
    byte[] data = bytes(deck.toString());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int parts : new int[] {1, 3, 8}) {
        PackedRows rows = FastDeckReader.read(data, pool, parts).join();
        assertThat(rows).isNotNull();
        assertThat(rows.size()).isEqualTo(prefixes.size());
        for (int i = 0; i < rows.size(); i++) {
          String prefix =
              new String(
                  rows.text(), rows.prefixStart(i), rows.prefixLength(i), StandardCharsets.UTF_8);
          assertThat(prefix).as("row %d of %d parts", i, parts).isEqualTo(prefixes.get(i));
          assertThat(rows.destination(i)).isEqualTo(i < 300 ? rows.destination(0) : "D");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertSame(deck.toString(), prefixes.subList(0, 20));
  }

  private static void assertSame(String deck, List<String> numbers) throws IOException {
    byte[] data = bytes(deck);
    PackedRows rows = FastDeckReader.read(data);
    assertThat(rows).as("the fast reader takes %s", deck).isNotNull();
    CompiledDeck fast = CompiledDeck.compile("fast", null, rows);
    DeckParseResult parsed = DeckParser.parse(new ByteArrayInputStream(data));
    assertThat(parsed.errors()).isEmpty();
    CompiledDeck careful = CompiledDeck.compile("careful", null, parsed.entries());
    assertThat(fast.size()).isEqualTo(careful.size());
    for (String number : numbers) {
      assertSameEntry(fast, careful, number);
    }
  }

  private static void assertSameEntry(CompiledDeck fast, CompiledDeck careful, String number) {
    for (Instant at : WHEN) {
      long nanos = EpochNanos.of(at);
      int f = fast.find(number, nanos);
      int c = careful.find(number, nanos);
      assertThat(f < 0).as("%s at %s", number, at).isEqualTo(c < 0);
      if (c >= 0) {
        assertThat(describe(fast, f)).as("%s at %s", number, at).isEqualTo(describe(careful, c));
      }
    }
  }

  private static String describe(CompiledDeck deck, int e) {
    return deck.prefixLength(e)
        + "|"
        + deck.destination(e)
        + "|"
        + deck.rate(e)
        + "|"
        + deck.connectFee(e)
        + "|"
        + deck.initialIncrement(e)
        + "/"
        + deck.subsequentIncrement(e)
        + "|"
        + deck.effectiveFrom(e)
        + "|"
        + deck.effectiveTo(e)
        + "|"
        + deck.costMicros(e, 61);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}

package com.didtron.rating.deck;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.rating.bench.SyntheticData;
import com.didtron.rating.fixtures.Entries;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckParserTest {
  private static final String HEADER =
      "prefix,destination,rate,connect_fee,initial_increment,subsequent_increment,"
          + "effective_from,effective_to\n";

  private static DeckParseResult parse(String csv) throws IOException {
    return DeckParser.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> errors(DeckParseResult result) {
    return result.errors().stream().map(LineError::toString).toList();
  }

  @Test
  void aCanonicalFileGivesOneEntryPerRow() throws IOException {
    DeckParseResult result =
        parse(
            HEADER
                + "44,\"United Kingdom, Fixed\",0.0125,,60,6,2026-11-01,\n"
                + "4420,London,0.02,0.05,30,6,2026-11-01T00:00:00Z,2027-01-01\n");

    assertThat(result.isClean()).isTrue();
    assertThat(result.entries())
        .containsExactly(
            new RateEntry(
                "44",
                "United Kingdom, Fixed",
                new BigDecimal("0.0125"),
                BigDecimal.ZERO,
                60,
                6,
                Entries.instant("2026-11-01"),
                null),
            new RateEntry(
                "4420",
                "London",
                new BigDecimal("0.02"),
                new BigDecimal("0.05"),
                30,
                6,
                Entries.instant("2026-11-01"),
                Entries.instant("2027-01-01")));
  }

  @Test
  void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() throws IOException {
    DeckParseResult result =
        parse(
            "\uFEFFRate,Prefix,Effective_From,Destination,"
                + "Subsequent_Increment,Initial_Increment\r\n0.01,1,2026-11-01,USA,6,30\r\n");

    assertThat(errors(result)).isEmpty();
    RateEntry entry = result.entries().get(0);
    assertThat(entry.prefix()).isEqualTo("1");
    assertThat(entry.initialIncrement()).isEqualTo(30);
    assertThat(entry.subsequentIncrement()).isEqualTo(6);
    assertThat(entry.connectFee()).isEqualByComparingTo("0");
    assertThat(entry.effectiveTo()).isNull();
  }

  @Test
  void aWrongHeaderStopsTheImportWithLineOneErrors() throws IOException {
    DeckParseResult result =
        parse(
            "prefix,dest,rate,rate,initial_increment,effective_from\n"
                + "44,UK,0.01,0.01,60,2026-11-01\n");

    assertThat(result.headerUsable()).isFalse();
    assertThat(result.entries()).isEmpty();
    assertThat(errors(result))
        .containsExactly(
            "line 1: unknown column 'dest' (expected prefix,destination,rate,connect_fee,"
                + "initial_increment,subsequent_increment,effective_from,effective_to)",
            "line 1: column 'rate' appears twice",
            "line 1: missing column 'destination'",
            "line 1: missing column 'subsequent_increment'");
  }

  @Test
  void anEmptyFileIsReported() throws IOException {
    assertThat(errors(parse("")))
        .containsExactly("line 1: the file is empty: expected a header line");
  }

  @Test
  void badRowsAreReportedByLineAndTheOthersAreKept() throws IOException {
    DeckParseResult result =
        parse(
            HEADER
                + "44,UK,0.01,,60,6,2026-11-01,\n"
                + "44a,UK,0.01,,60,6,2026-11-01,\n"
                + "45,DK,abc,,60,6,2026-11-01,\n"
                + "46,NO,0.01,x,60,6,2026-11-01,\n"
                + "47,PL,0.01,,0,6,2026-11-01,\n"
                + "48,PL,0.01,,60,1.5,2026-11-01,\n"
                + "49,DE,0.01,,60,6,2026-11-01,2026-11-01\n"
                + "50,HU,0.01,,60,6,01/11/2026,\n"
                + "51,RO,-0.01,,60,6,2026-11-01,\n"
                + "52,AT,0.01,,60,6,,\n"
                + ",CH,0.01,,60,6,2026-11-01,\n"
                + "53,LI,0.01,,60,6\n"
                + "44,UK again,0.02,,60,6,2026-11-01T00:00:00Z,\n"
                + "44,UK later,0.02,,60,6,2026-12-01,\n");

    assertThat(result.entries()).extracting(RateEntry::prefix).containsExactly("44", "44");
    assertThat(result.dataRows()).isEqualTo(14);
    assertThat(errors(result))
        .containsExactly(
            "line 3: prefix '44a' must contain digits only",
            "line 4: rate 'abc' is not a number",
            "line 5: connect_fee 'x' is not a number",
            "line 6: initial_increment '0' must be a whole number of seconds, at least 1",
            "line 7: subsequent_increment '1.5' must be a whole number of seconds, at least 1",
            "line 8: effective_to 2026-11-01T00:00:00Z must be after effective_from"
                + " 2026-11-01T00:00:00Z",
            "line 9: effective_from '01/11/2026' is not a date like 2026-11-01 or an instant like"
                + " 2026-11-01T00:00:00Z in the years 1678-2261",
            "line 10: rate -0.01 must not be negative",
            "line 11: effective_from is empty",
            "line 12: prefix is empty",
            "line 13: expected 8 fields, found 6",
            "line 14: duplicate of line 2: prefix 44 effective_from 2026-11-01T00:00:00Z");
  }

  @Test
  void emptyRowsInTheMiddleAreErrorsButTrailingOnesAreIgnored() throws IOException {
    DeckParseResult result =
        parse(
            HEADER
                + "44,UK,0.01,,60,6,2026-11-01,\n"
                + "\n"
                + ",,,,,,,\n"
                + "45,DK,0.01,,60,6,2026-11-01,\n"
                + "\n"
                + "\r\n"
                + ",,,,,,,\n");

    assertThat(result.entries()).hasSize(2);
    assertThat(errors(result)).containsExactly("line 3: empty row", "line 4: empty row");
    assertThat(result.dataRows()).isEqualTo(4);
  }

  @Test
  void aQuotedLineBreakKeepsLaterLineNumbersPhysical() throws IOException {
    DeckParseResult result =
        parse(
            HEADER
                + "44,\"Two\nlines\",0.01,,60,6,2026-11-01,\n"
                + "45,DK,bad,,60,6,2026-11-01,\n");

    assertThat(errors(result)).containsExactly("line 4: rate 'bad' is not a number");
    assertThat(result.entries().get(0).destination()).isEqualTo("Two\nlines");
  }

  @Test
  void aGenerated300kRowDeckParsesCompletely(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.csv");
    List<String> prefixes = SyntheticData.prefixes(300_000, 1);
    SyntheticData.writeDeck(file, prefixes, 2);

    DeckParseResult result = DeckParser.parse(file);

    assertThat(result.errors()).isEmpty();
    assertThat(result.entries()).hasSize(300_000);
    assertThat(result.entries().get(299_999).prefix()).isEqualTo(prefixes.get(299_999));
    assertThat(Files.size(file)).isGreaterThan(10_000_000L);
  }

  @Test
  void absurdRatesAreRowErrorsBeforeAnyArithmetic() throws IOException {
    DeckParseResult result =
        parse(
            HEADER
                + "44,UK,1e999999999,,60,6,2026-11-01,\n"
                + "45,DK,0.0000000000001,,60,6,2026-11-01,\n"
                + "46,NO,0."
                + "1".repeat(100)
                + ",,60,6,2026-11-01,\n"
                + "47,SE,0.0125,,60,6,2026-11-01,\n");

    assertThat(errors(result))
        .containsExactly(
            "line 2: rate: An amount has at most 18 digits before the decimal point",
            "line 3: rate: An amount has at most 12 decimals",
            "line 4: rate has more than 64 characters");
    assertThat(result.entries()).hasSize(1);
  }
}

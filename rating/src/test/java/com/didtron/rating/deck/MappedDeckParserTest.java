package com.didtron.rating.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappedDeckParserTest {
  private static final String SUPPLIER =
      """
      Country,Code,Price,Billing,Effective Date,Notes
      United Kingdom,44,0.0100,60/6,2026-11-01,x
      "Germany
      Mobile",4915,0.0500,30/6,2026-11-01,y

      France,33,abc,60/60,2026-11-01,z
      Spain,34,0.02,60-6,2026-11-01,z
      Italy,39,0.02
      """;

  private static DeckParseResult parse(String csv, ColumnMapping mapping) throws IOException {
    return MappedDeckParser.parse(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), mapping);
  }

  @Test
  void aSuppliersFileIsReadThroughItsMappingWithACombinedIncrementsColumn() throws IOException {
    ColumnMapping mapping =
        ColumnMapping.suggest(
            CsvPreview.read(new ByteArrayInputStream(SUPPLIER.getBytes(StandardCharsets.UTF_8)), 3)
                .header());

    DeckParseResult r = parse(SUPPLIER, mapping);

    assertThat(mapping.asMap())
        .isEqualTo(
            Map.of(
                "destination",
                "Country",
                "prefix",
                "Code",
                "rate",
                "Price",
                "increments",
                "Billing",
                "effective_from",
                "Effective Date"));
    assertThat(r.entries()).extracting(RateEntry::prefix).containsExactly("44", "4915");
    assertThat(r.entries().get(1).initialIncrement()).isEqualTo(30);
    assertThat(r.entries().get(1).subsequentIncrement()).isEqualTo(6);
    assertThat(r.entries().get(1).destination()).isEqualTo("Germany Mobile");
  }

  @Test
  void errorsNameTheLinesOfTheOriginalFile() throws IOException {
    DeckParseResult r =
        parse(
            SUPPLIER,
            ColumnMapping.suggest(
                List.of("Country", "Code", "Price", "Billing", "Effective Date", "Notes")));

    assertThat(r.errors())
        .extracting(LineError::toString)
        .containsExactly(
            "line 5: empty row",
            "line 6: rate 'abc' is not a number",
            "line 7: initial_increment '60-6' must be a whole number of seconds, at least 1",
            "line 8: expected 6 fields, found 3");
    assertThat(r.dataRows()).isEqualTo(6);
  }

  @Test
  void aMappingNamingAMissingColumnIsRefusedOnTheHeaderLine() throws IOException {
    DeckParseResult r = parse(SUPPLIER, new ColumnMapping(Map.of("prefix", "Dial code")));

    assertThat(r.headerUsable()).isFalse();
    assertThat(r.errors())
        .first()
        .hasToString("line 1: the file has no column 'Dial code' (mapped to prefix)");
  }

  @Test
  void theCanonicalMappingReadsTheCanonicalFormat() throws IOException {
    DeckParseResult r =
        parse(
            "prefix,destination,rate,initial_increment,subsequent_increment,"
                + "effective_from\n44,UK,0.01,60,6,2026-11-01\n",
            ColumnMapping.canonical());

    assertThat(r.isClean()).isTrue();
    assertThat(r.entries()).hasSize(1);
  }
}

package com.didtron.rating.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.rating.bench.BaselineRater;
import com.didtron.rating.bench.SyntheticData;
import com.didtron.rating.engine.UnratedReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineRatingTest {
  private static final String DECK_HEADER =
      "prefix,destination,rate,connect_fee,initial_increment,subsequent_increment,"
          + "effective_from,effective_to\n";
  private static final String CDR_HEADER =
      "call_id,account,carrier,caller,callee,start_time,duration\n";
  private static final String OUT_HEADER =
      "call_id,status,customer_prefix,customer_billable_seconds,customer_cost,"
          + "carrier_prefix,carrier_billable_seconds,carrier_cost,margin,reason";

  @TempDir Path dir;
  private Path sell;
  private Path buy;
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  @BeforeEach
  void decks() throws IOException {
    sell =
        write(
            "sell.csv",
            DECK_HEADER
                + "44,UK,0.020000,,1,1,2026-01-01,\n"
                + "44207,London,0.050000,0.010000,30,6,2026-01-01,\n");
    buy = write("buy.csv", DECK_HEADER + "4,Europe,0.010000,,60,60,2026-01-01,\n");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private List<String> rate(String cdrs, int threads) throws IOException {
    Path in = write("cdrs.csv", cdrs);
    Path out = dir.resolve("rated.csv");
    OfflineRating.run(Map.of("ACME", sell), Map.of("CARRIER", buy), in, out, err, threads);
    return Files.readAllLines(out);
  }

  @Test
  void everyCdrGivesOneRowInInputOrder() throws IOException {
    List<String> rows =
        rate(
            CDR_HEADER
                + "c1,ACME,CARRIER,1555,442071234567,2026-03-01T10:00:00Z,61\n"
                + "c2,ACME,CARRIER,1555,+443001234567,2026-03-01T10:00:01Z,0.1\n"
                + "c3,ACME,CARRIER,1555,44 20,2026-03-01T10:00:02Z,5\n"
                + "c4,NOBODY,CARRIER,1555,442071234567,2026-03-01T10:00:03Z,5\n"
                + "c5,ACME,NOBODY,1555,442071234567,2026-03-01T10:00:04Z,5\n"
                + "c6,ACME,CARRIER,1555,1212,2026-03-01T10:00:05Z,5\n"
                + "c7,ACME,CARRIER,1555,442071234567,2026-03-01T10:00:06Z,0\n",
            1);

    assertThat(rows)
        .containsExactly(
            OUT_HEADER,
            "c1,RATED,44207,66,0.065000,4,120,0.020000,0.045000,",
            "c2,RATED,44,1,0.000333,4,60,0.010000,-0.009667,",
            "c3,UNRATED,,,,,,,,INVALID_NUMBER",
            "c4,UNRATED,,,,,,,,NO_CUSTOMER_RATE",
            "c5,UNRATED,,,,,,,,NO_CARRIER_RATE",
            "c6,UNRATED,,,,,,,,NO_CUSTOMER_RATE",
            "c7,RATED,44207,0,0.000000,4,0,0.000000,0.000000,");
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void malformedLinesAreReportedWithTheirLineNumberAndWrittenAsInvalidRecords() throws IOException {
    List<String> rows =
        rate(
            CDR_HEADER
                + "c1,ACME,CARRIER,1555,442071234567,2026-03-01T10:00:00Z,61\n"
                + "c2,ACME,CARRIER,1555,442071234567,yesterday,61\n"
                + "c3,ACME,CARRIER,1555,442071234567,2026-03-01T10:00:00Z,-5\n"
                + "c4,ACME,CARRIER\n"
                + ",ACME,CARRIER,1555,442071234567,2026-03-01T10:00:00Z,61\n"
                + "\n"
                + "c6,ACME,CARRIER,1555,442071234567,2026-03-01T10:00:00Z,abc\n"
                + "\n\n",
            1);

    assertThat(rows)
        .containsExactly(
            OUT_HEADER,
            "c1,RATED,44207,66,0.065000,4,120,0.020000,0.045000,",
            "c2,UNRATED,,,,,,,,INVALID_RECORD",
            "c3,UNRATED,,,,,,,,INVALID_RECORD",
            "c4,UNRATED,,,,,,,,INVALID_RECORD",
            ",UNRATED,,,,,,,,INVALID_RECORD",
            "c6,UNRATED,,,,,,,,INVALID_RECORD");
    assertThat(errBytes.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "cdrs.csv line 3: start_time 'yesterday' is not an ISO-8601 instant like"
                + " 2026-11-01T10:00:00Z in the years 1678-2261",
            "cdrs.csv line 4: duration '-5' is not a number of seconds from 0 to 1000000000000",
            "cdrs.csv line 5: expected 7 fields, found 3",
            "cdrs.csv line 6: call_id is empty",
            "cdrs.csv line 7: empty row skipped",
            "cdrs.csv line 8: duration 'abc' is not a number of seconds from 0 to 1000000000000");
  }

  @Test
  void columnsMayComeInAnyOrderAndCallIdsAreQuotedWhenNeeded() throws IOException {
    List<String> rows =
        rate(
            "\uFEFFduration,callee,start_time,caller,carrier,account,call_id\r\n"
                + "61,442071234567,2026-03-01T10:00:00Z,1555,CARRIER,ACME,"
                + "\"id,with \"\"comma\"\"\"\r\n",
            1);

    assertThat(rows)
        .containsExactly(
            OUT_HEADER,
            "\"id,with \"\"comma\"\"\",RATED,44207,66,0.065000,4,120,0.020000,0.045000,");
  }

  @Test
  void callIdsASpreadsheetCouldRunAreWrittenAsTextLikeEveryCsvExport() throws IOException {
    List<String> rows =
        rate(
            CDR_HEADER
                + "=HYPERLINK(1),ACME,CARRIER,1555,442071234567,2026-03-01T10:00:00Z,61\n"
                + "-12,ACME,CARRIER,1555,442071234567,2026-03-01T10:00:00Z,61\n"
                + "\"@a,b\",ACME,CARRIER,1555,99,2026-03-01T10:00:00Z,61\n"
                + "+1 2,ACME,CARRIER,1555,442071234567,bad,61\n"
                + "ok,ACME,CARRIER,1555,442071234567,2026-03-01T10:00:00Z,61\n",
            2);

    assertThat(rows)
        .containsExactly(
            OUT_HEADER,
            "'=HYPERLINK(1),RATED,44207,66,0.065000,4,120,0.020000,0.045000,",
            "-12,RATED,44207,66,0.065000,4,120,0.020000,0.045000,",
            "\"'@a,b\",UNRATED,,,,,,,,NO_CUSTOMER_RATE",
            "'+1 2,UNRATED,,,,,,,,INVALID_RECORD",
            "ok,RATED,44207,66,0.065000,4,120,0.020000,0.045000,");
  }

  @Test
  void theSummaryCountsAndTotalsTheRun() throws IOException {
    Path in =
        write(
            "cdrs.csv",
            CDR_HEADER
                + "c1,ACME,CARRIER,1555,442071234567,2026-03-01T10:00:00Z,61\n"
                + "c2,ACME,CARRIER,1555,442071234567,2026-03-01T10:00:00Z,61\n"
                + "c3,ACME,NOBODY,1555,442071234567,2026-03-01T10:00:00Z,61\n");

    Summary summary =
        OfflineRating.run(
            Map.of("ACME", sell), Map.of("CARRIER", buy), in, dir.resolve("out.csv"), err);

    assertThat(summary.cdrs()).isEqualTo(3);
    assertThat(summary.rated()).isEqualTo(2);
    assertThat(summary.unratedByReason()).containsEntry(UnratedReason.NO_CARRIER_RATE, 1L);
    assertThat(summary.customerCost().toPlainString()).isEqualTo("0.130000");
    assertThat(summary.carrierCost().toPlainString()).isEqualTo("0.040000");
    assertThat(summary.margin().toPlainString()).isEqualTo("0.090000");
    assertThat(summary.describe()).startsWith("3 CDRs: 2 rated, 1 unrated (NO_CARRIER_RATE=1)");
  }

  @Test
  void missingFilesBadDecksAndBadHeadersStopTheRunWithOneLine() throws IOException {
    Path cdrs = write("cdrs.csv", CDR_HEADER);
    Path out = dir.resolve("out.csv");
    Path bad = write("bad.csv", DECK_HEADER + "44,UK,zero,,1,1,2026-01-01,\n");
    Path noHeader = write("nohead.csv", "call_id,account\n");

    assertThatThrownBy(
            () ->
                OfflineRating.run(
                    Map.of("ACME", dir.resolve("none.csv")), Map.of(), cdrs, out, err))
        .isInstanceOf(OfflineRatingException.class)
        .hasMessage("sell deck of ACME: file not found: " + dir.resolve("none.csv"));
    assertThatThrownBy(() -> OfflineRating.run(Map.of(), Map.of("C", bad), cdrs, out, err))
        .hasMessage(
            "buy deck of C ("
                + bad
                + ") has 1 error(s); first: line 2: rate 'zero' is"
                + " not a number");
    assertThat(errBytes.toString(StandardCharsets.UTF_8))
        .contains(bad + " line 2: rate 'zero' is not a number");
    assertThatThrownBy(() -> OfflineRating.run(Map.of(), Map.of(), dir.resolve("x.csv"), out, err))
        .hasMessage("CDR file not found: " + dir.resolve("x.csv"));
    assertThatThrownBy(() -> OfflineRating.run(Map.of(), Map.of(), noHeader, out, err))
        .hasMessageStartingWith("nohead.csv line 1: missing column 'carrier'");
    assertThatThrownBy(() -> OfflineRating.run(Map.of(), Map.of(), cdrs, cdrs, err))
        .hasMessage("the output " + cdrs + " would overwrite the CDR file");
    assertThatThrownBy(
            () ->
                OfflineRating.run(
                    Map.of(), Map.of(), cdrs, dir.resolve("no/such/dir/out.csv"), err))
        .isInstanceOf(OfflineRatingException.class)
        .hasMessageStartingWith("cannot rate " + cdrs);
  }

  @Test
  void manyChunksOnSeveralThreadsGiveTheSameFileAsTheStraightforwardRater() throws IOException {
    List<String> prefixes = SyntheticData.prefixes(20_000, 1);
    Path sellDeck = dir.resolve("s.csv");
    Path buyDeck = dir.resolve("b.csv");
    SyntheticData.writeDeck(sellDeck, prefixes, 2);
    SyntheticData.writeDeck(buyDeck, prefixes.subList(0, 15_000), 3);
    Path cdrs = dir.resolve("many.csv");
    SyntheticData.writeCdrs(cdrs, 30_000, prefixes, List.of("A", "B", "X"), List.of("C", "D"), 4);
    Map<String, Path> sellMap = Map.of("A", sellDeck, "B", sellDeck);
    Map<String, Path> buyMap = Map.of("C", buyDeck, "D", sellDeck);

    OfflineRating.run(sellMap, buyMap, cdrs, dir.resolve("one.csv"), err, 1);
    Summary parallel = OfflineRating.run(sellMap, buyMap, cdrs, dir.resolve("four.csv"), err, 4);
    BaselineRater.rate(sellMap, buyMap, cdrs, dir.resolve("baseline.csv"));

    assertThat(Files.size(cdrs)).isGreaterThan(3L << 19);
    assertThat(parallel.cdrs()).isEqualTo(30_000);
    assertThat(Files.readAllLines(dir.resolve("four.csv")))
        .isEqualTo(Files.readAllLines(dir.resolve("one.csv")))
        .isEqualTo(Files.readAllLines(dir.resolve("baseline.csv")));
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}

package com.didtron.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RateCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Didtron.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path file(String name, String... lines) throws Exception {
    return Files.write(dir.resolve(name), List.of(lines));
  }

  @Test
  void ratesAFileAgainstSellAndBuyDecksAndReportsBrokenLinesByNumber() throws Exception {
    String header =
        "prefix,destination,rate,connect_fee,initial_increment,subsequent_increment,effective_from,effective_to";
    Path sell = file("sell.csv", header, "44,UK,0.0100,,60,6,2026-01-01,");
    Path buy = file("buy.csv", header, "44,UK,0.0060,,1,1,2026-01-01,");
    Path cdrs =
        file(
            "cdrs.csv",
            "call_id,account,carrier,caller,callee,start_time,duration",
            "c1,ACME,CARR,100,+447700900000,2026-11-01T10:00:00Z,61",
            "c2,ACME,CARR,100,447700900000,not-a-time,10");
    Path rated = dir.resolve("rated.csv");

    int exit =
        run(
            "rate",
            "--sell",
            "ACME=" + sell,
            "--buy",
            "CARR=" + buy,
            "--cdrs",
            cdrs.toString(),
            "--out",
            rated.toString());

    assertThat(exit).isZero();
    List<String> lines = Files.readAllLines(rated);
    assertThat(lines.get(0))
        .isEqualTo(
            "call_id,status,customer_prefix,customer_billable_seconds,customer_cost,"
                + "carrier_prefix,carrier_billable_seconds,carrier_cost,margin,reason");
    // sell 60/6: 61 s -> 66 s at 0.01/min = 0.011; buy 1/1: 61 s at 0.006/min = 0.0061
    assertThat(lines.get(1)).startsWith("c1,RATED,44,66,0.011000,44,61,0.006100,0.004900");
    assertThat(lines.get(2)).startsWith("c2,UNRATED").endsWith("INVALID_RECORD");
    assertThat(err.toString()).contains("line 3");
  }

  @Test
  void aMissingDeckStopsWithOneClearLineAndANonZeroExit() throws Exception {
    Path cdrs = file("cdrs.csv", "call_id,account,carrier,caller,callee,start_time,duration");
    int exit =
        run(
            "rate",
            "--sell",
            "ACME=" + dir.resolve("missing.csv"),
            "--buy",
            "C=" + dir.resolve("x.csv"),
            "--cdrs",
            cdrs.toString(),
            "--out",
            dir.resolve("o.csv").toString());
    assertThat(exit).isNotZero();
    assertThat(err.toString()).contains("didtron rate:").contains("missing.csv");
  }
}

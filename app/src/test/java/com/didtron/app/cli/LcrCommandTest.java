package com.didtron.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LcrCommandTest {
  static final String HEADER =
      "prefix,destination,rate,connect_fee,initial_increment,subsequent_increment,effective_from,effective_to";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private Path deck(String name, String... rows) throws Exception {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    lines.addAll(List.of(rows));
    return Files.write(dir.resolve(name), lines);
  }

  private int lcr(String... extra) throws Exception {
    return lcrFor("+447700900000", extra);
  }

  private int lcrFor(String number, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "lcr",
                "--sell",
                "ACME=" + deck("sell.csv", "44,UK,0.0100,,1,1,2026-01-01,"),
                "--buy",
                "CHEAP=" + deck("cheap.csv", "447,UK Mobile,0.0040,,1,1,2026-01-01,"),
                "--buy",
                "MID=" + deck("mid.csv", "44,UK,0.0080,,60,60,2026-01-01,"),
                "--buy",
                "DEAR=" + deck("dear.csv", "44,UK,0.0150,,1,1,2026-01-01,"),
                "--buy",
                "NONE=" + deck("none.csv", "33,France,0.0010,,1,1,2026-01-01,"),
                "--account",
                "ACME",
                "--number",
                number,
                "--at",
                "2026-11-01T10:00:00Z"));
    args.addAll(List.of(extra));
    CommandLine cli = Didtron.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args.toArray(String[]::new));
  }

  @Test
  void ranksCarriersByCostAndNamesTheRuleThatDroppedALossMakingOne() throws Exception {
    assertThat(lcr()).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).contains("sells prefix 44 (UK) at 0.010000/min");
    assertThat(lines.get(2)).startsWith("1").contains("CHEAP").contains("447").contains("Allowed");
    assertThat(lines.get(3)).startsWith("2").contains("MID").contains("60/60");
    assertThat(lines.get(4))
        .startsWith("-")
        .contains("DEAR")
        .contains("dropped: Costs more than the sell rate (loss protection)");
    assertThat(lines.get(5)).isEqualTo("no rate for this number: NONE");
  }

  @Test
  void allowingLossKeepsTheExpensiveCarrier() throws Exception {
    assertThat(lcr("--allow-loss")).isZero();
    assertThat(out.toString()).contains("3    DEAR").doesNotContain("dropped");
  }

  @Test
  void premiumRoutesDropCarriersWithoutQualityData() throws Exception {
    assertThat(lcr("--tier", "PREMIUM")).isZero();
    assertThat(
            out.toString()
                .lines()
                .filter(l -> l.contains("dropped: Premium needs recent quality data")))
        .hasSize(2);
  }

  @Test
  void aBadNumberGetsAClearError() throws Exception {
    assertThat(lcrFor("44-77")).isNotZero();
    assertThat(err.toString()).contains("the number must be digits");
  }
}

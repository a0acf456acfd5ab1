package com.didtron.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's entry for {@code didtron rate} behaves like the full command line. */
class RateMainTest {
  private static final String HEADER =
      "prefix,destination,rate,connect_fee,initial_increment,subsequent_increment,"
          + "effective_from,effective_to";

  @TempDir Path dir;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  @Test
  void anOrdinaryRunWritesWhatTheFullCommandLineWrites() throws Exception {
    Path sell =
        Files.write(dir.resolve("sell.csv"), List.of(HEADER, "44,UK,0.0100,,60,6,2026-01-01,"));
    Path buy =
        Files.write(dir.resolve("buy.csv"), List.of(HEADER, "44,UK,0.0060,,1,1,2026-01-01,"));
    Path cdrs =
        Files.write(
            dir.resolve("cdrs.csv"),
            List.of(
                "call_id,account,carrier,caller,callee,start_time,duration",
                "c1,ACME,CARR,100,+447700900000,2026-11-01T10:00:00Z,61",
                "c2,ACME,CARR,100,447700900000,not-a-time,10"));
    Path fast = dir.resolve("fast.csv");
    Path full = dir.resolve("full.csv");

    int exit =
        RateMain.run(
            new String[] {
              "--sell",
              "ACME=" + sell,
              "--buy=CARR=" + buy,
              "--cdrs",
              cdrs.toString(),
              "--out",
              fast.toString()
            });
    StringWriter fullOut = new StringWriter();
    StringWriter fullErr = new StringWriter();
    var cli = Didtron.commandLine();
    cli.setOut(new PrintWriter(fullOut, true));
    cli.setErr(new PrintWriter(fullErr, true));
    int fullExit =
        cli.execute(
            "rate",
            "--sell",
            "ACME=" + sell,
            "--buy",
            "CARR=" + buy,
            "--cdrs",
            cdrs.toString(),
            "--out",
            full.toString());

    assertThat(exit).isZero().isEqualTo(fullExit);
    assertThat(Files.readAllLines(fast)).isEqualTo(Files.readAllLines(full));
    assertThat(stdout.toString(StandardCharsets.UTF_8)).startsWith("2 CDRs: 1 rated, 1 unrated");
    assertThat(stderr.toString(StandardCharsets.UTF_8).replace(fast.toString(), ""))
        .contains("cdrs.csv line 3")
        .isEqualTo(fullErr.toString().replace(full.toString(), ""));
  }

  @Test
  void helpAndIncompleteArgumentsGoToPicocli() {
    assertThat(RateMain.run(new String[] {"--help"})).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("--sell=ACCOUNT=DECK.csv");

    assertThat(RateMain.run(new String[] {"--sell", "A=x.csv", "--cdrs", "c.csv"})).isEqualTo(2);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("Missing required option");
  }

  @Test
  void aMissingDeckStopsWithOneLineAndExitCodeTwo() throws Exception {
    Path cdrs =
        Files.write(
            dir.resolve("cdrs.csv"),
            List.of("call_id,account,carrier,caller,callee,start_time,duration"));
    int exit =
        RateMain.run(
            new String[] {
              "--sell",
              "ACME=" + dir.resolve("missing.csv"),
              "--buy",
              "C=" + dir.resolve("x.csv"),
              "--cdrs",
              cdrs.toString(),
              "--out",
              dir.resolve("o.csv").toString()
            });
    assertThat(exit).isEqualTo(2);
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("didtron rate: sell deck of ACME: file not found");
  }
}

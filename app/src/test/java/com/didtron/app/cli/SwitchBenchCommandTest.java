package com.didtron.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code didtron bench switch}'s arguments and report lines, without running the benchmark (it
 * needs Kamailio, sipp and minutes of load: docs/benchmarks.md).
 */
class SwitchBenchCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Didtron.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static SwitchBenchCommand.Settings parse(String... args) {
    SwitchBenchCommand command = new SwitchBenchCommand();
    new CommandLine(command).parseArgs(args);
    return command.settings();
  }

  @Test
  void withoutArgumentsItOffersRisingRatesAndA300000PrefixPlan() {
    assertThat(parse())
        .isEqualTo(new SwitchBenchCommand.Settings(List.of(100, 200, 300, 400, 500), 10, 300_000));
  }

  @Test
  void ratesSecondsAndPrefixesAreTakenFromTheCommandLine() {
    assertThat(parse("--rates", "50,150", "--seconds", "3", "--prefixes", "2000"))
        .isEqualTo(new SwitchBenchCommand.Settings(List.of(50, 150), 3, 2000));
  }

  @Test
  void ratesThatDoNotRiseAreRefusedWithAOneLineReasonBeforeAnythingStarts() {
    int exit = run("bench", "switch", "--rates", "300,200");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("didtron: --rates must increase: [300, 200]");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aZeroRateNoSecondsOrNoPrefixesAreRefused() {
    assertThat(run("bench", "switch", "--rates", "0,100")).isEqualTo(2);
    assertThat(run("bench", "switch", "--seconds", "0")).isEqualTo(2);
    assertThat(run("bench", "switch", "--prefixes", "0")).isEqualTo(2);
    assertThat(err.toString().lines())
        .containsExactly(
            "didtron: --rates: each rate is 1 to 10000 calls per second, not 0",
            "didtron: --seconds is 1 to 600, not 0",
            "didtron: --prefixes is 1 to 2000000, not 0");
  }

  @Test
  void aStepPrintsBothSwitchesAndWhatTheControlAddsToThePostDialDelay() {
    SwitchBenchReport.Load control = load(300, 3000, 0, 2);
    SwitchBenchReport.Load baseline = load(300, 3000, 0, 1);

    String text =
        new SwitchBenchReport().step(new SwitchBenchReport.Step(control, baseline)).toString();

    assertThat(text.lines())
        .containsExactly(
            "rate   300/s  control:   300.0 answered/s, 3,000 of 3,000 answered (100.00 %), 0"
                + " failed, PDD p50 51 ms p95 96 ms mean 51.50 ms",
            "             baseline:  300.0 answered/s, 3,000 of 3,000 answered (100.00 %), 0"
                + " failed, PDD p50 50 ms p95 95 ms mean 50.50 ms",
            "             control adds: PDD p50 +1 ms, p95 +1 ms, mean +1.00 ms (target p95 < 5 ms)");
  }

  @Test
  void theSustainedRateIsTheHighestStepWithEveryCallAnswered() {
    List<SwitchBenchReport.Step> steps =
        List.of(
            new SwitchBenchReport.Step(load(100, 1000, 0, 1), load(100, 1000, 0, 1)),
            new SwitchBenchReport.Step(load(200, 2000, 0, 1), load(200, 2000, 0, 1)),
            new SwitchBenchReport.Step(load(300, 2990, 10, 1), load(300, 3000, 0, 1)));

    String text = new SwitchBenchReport().summary(steps).toString();

    assertThat(text.strip())
        .isEqualTo(
            "sustained:    control 200 calls/s, baseline 300 calls/s (>= 99.9 % answered at >= 98 %"
                + " of the rate; target >= 300/s on 2 cores)");
  }

  @Test
  void aPlanThatDidNotRouteHasNoTotal() {
    String routed =
        new SwitchBenchReport()
            .plan(new SwitchBenchReport.Plan(300_000, 3.5, 5.0, 3.0, 4, true))
            .toString();
    String lost =
        new SwitchBenchReport()
            .plan(new SwitchBenchReport.Plan(300_000, 3.5, 5.0, 3.0, Double.NaN, false))
            .toString();

    assertThat(routed)
        .contains("plan compile:          3.50 s  (300,000 rules")
        .contains("plan write:            5.00 s")
        .contains("plan reload:           3.00 s")
        .contains("plan live:            0.004 s")
        .contains("plan total:           11.50 s  (target < 15 s)");
    assertThat(lost)
        .contains("NOT ROUTED")
        .contains("plan total:               -    (not live: see the switch's errors above)");
  }

  /**
   * {@code answered} calls at {@code rate} per second with post-dial delays offset, offset+1, …,
   * offset+99 ms.
   */
  private static SwitchBenchReport.Load load(int rate, long answered, long failed, int offset) {
    List<Double> pdd = IntStream.range(0, 100).mapToObj(i -> (double) (i + offset)).toList();
    return new SwitchBenchReport.Load(rate, answered + failed, answered, failed, 99.0 / rate, pdd);
  }
}

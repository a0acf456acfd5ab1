package com.didtron.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lines {@code didtron bench switch} prints: pure formatting of measured figures. */
final class SwitchBenchReport {
  /**
   * Share of the calls a step must answer to count as sustained: a few calls in ten thousand time
   * out on both switches alike (SIPp waits for a 200 that never comes), so not all of them.
   */
  static final double SUSTAINED = 0.999;

  private final StringBuilder text = new StringBuilder();

  /**
   * One SIPp load step against one switch.
   *
   * @param rate offered calls per second
   * @param attempts calls SIPp placed
   * @param answered calls answered and hung up normally
   * @param failed calls that failed (refused, timed out)
   * @param answerWindow seconds from the first call's 200 to the last one's
   * @param pddMs post-dial delay of each answered call (INVITE to 200), milliseconds
   */
  record Load(
      int rate,
      long attempts,
      long answered,
      long failed,
      double answerWindow,
      List<Double> pddMs) {
    Load {
      pddMs = pddMs.stream().sorted().toList();
    }

    /** Answered calls per second, from the times their 200 arrived. */
    double answeredPerSecond() {
      return answerWindow <= 0 || pddMs.size() < 2 ? 0 : (pddMs.size() - 1) / answerWindow;
    }

    double answeredShare() {
      return attempts == 0 ? 0 : (double) answered / attempts;
    }

    /** Nearest-rank percentile of the post-dial delay; NaN without answered calls. */
    double pdd(double percent) {
      if (pddMs.isEmpty()) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(percent / 100 * pddMs.size());
      return pddMs.get(Math.max(0, Math.min(pddMs.size(), rank) - 1));
    }

    double meanPdd() {
      return pddMs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Every call answered, at (almost) the offered rate. */
    boolean sustained() {
      return answeredShare() >= SUSTAINED && answeredPerSecond() >= 0.98 * rate;
    }
  }

  /** The same rate against the switch with DIDTron's control and against the baseline. */
  record Step(Load control, Load baseline) {}

  /**
   * A routing plan compiled, pushed and live.
   *
   * @param rules rules pushed to the switch
   * @param compileSeconds decks to compiled plan ({@code RoutePlanCompiler})
   * @param writeSeconds {@code replaceRoutes}: the old rules deleted and the plan copied into
   *     {@code dr_rules}, committed
   * @param reloadSeconds {@code drouting.reload} after the commit: the switch reads the rules
   * @param liveMs post-dial delay of a call to the last rule's prefix right after the reload
   * @param routed whether that call was answered by the carrier
   */
  record Plan(
      int rules,
      double compileSeconds,
      double writeSeconds,
      double reloadSeconds,
      double liveMs,
      boolean routed) {
    /** Compiled, written, reloaded and the first call routed. */
    double totalSeconds() {
      return compileSeconds + writeSeconds + reloadSeconds + liveMs / 1000;
    }
  }

  SwitchBenchReport line(String format, Object... args) {
    text.append(String.format(Locale.ROOT, format, args)).append('\n');
    return this;
  }

  SwitchBenchReport load(String when, String loadAverage) {
    return line(
        "load %-7s %s, %d processors",
        when + ":", loadAverage, Runtime.getRuntime().availableProcessors());
  }

  SwitchBenchReport plan(Plan p) {
    line(
        "plan compile:      %8.2f s  (%,d rules, RoutePlanCompiler over a sell deck and 4 carriers)",
        p.compileSeconds(), p.rules());
    line(
        "plan write:        %8.2f s  (replaceRoutes: delete + one COPY into dr_rules, committed)",
        p.writeSeconds());
    line(
        "plan reload:       %8.2f s  (drouting.reload after the commit: the switch loads every rule)",
        p.reloadSeconds());
    if (!p.routed()) {
      line(
          "plan live:         %8s    (a call to the last prefix right after the reload: NOT ROUTED)",
          "-");
      return line("plan total:        %8s    (not live: see the switch's errors above)", "-");
    }
    line(
        "plan live:         %8.3f s  (a call to the last prefix right after the reload: answered"
            + " through the switch, its INVITE-to-200 time)",
        p.liveMs() / 1000);
    return line("plan total:        %8.2f s  (target < 15 s)", p.totalSeconds());
  }

  SwitchBenchReport step(Step s) {
    line("rate %5d/s  control:  %s", s.control().rate(), describe(s.control()));
    line("             baseline: %s", describe(s.baseline()));
    return line(
        "             control adds: PDD p50 %+.0f ms, p95 %+.0f ms, mean %+.2f ms (target p95 < 5 ms)",
        s.control().pdd(50) - s.baseline().pdd(50),
        s.control().pdd(95) - s.baseline().pdd(95),
        s.control().meanPdd() - s.baseline().meanPdd());
  }

  /** The highest sustained rate on each side. */
  SwitchBenchReport summary(List<Step> steps) {
    List<Load> control = new ArrayList<>();
    List<Load> baseline = new ArrayList<>();
    steps.forEach(
        s -> {
          control.add(s.control());
          baseline.add(s.baseline());
        });
    return line(
        "sustained:    control %s, baseline %s (>= 99.9 %% answered at >= 98 %% of the rate; target >= 300/s on 2 cores)",
        highest(control), highest(baseline));
  }

  SwitchBenchReport notMeasured(String what, String why) {
    return line("%-18s not measured: %s", what + ":", why);
  }

  @Override
  public String toString() {
    return text.toString();
  }

  static String describe(Load l) {
    return String.format(
        Locale.ROOT,
        "%6.1f answered/s, %,d of %,d answered (%.2f %%), %,d failed, PDD p50 %s p95 %s mean %s",
        l.answeredPerSecond(),
        l.answered(),
        l.attempts(),
        100 * l.answeredShare(),
        l.failed(),
        ms(l.pdd(50)),
        ms(l.pdd(95)),
        Double.isNaN(l.meanPdd()) ? "-" : String.format(Locale.ROOT, "%.2f ms", l.meanPdd()));
  }

  private static String highest(List<Load> loads) {
    return loads.stream().filter(Load::sustained).mapToInt(Load::rate).max().stream()
        .mapToObj(r -> r + " calls/s")
        .findFirst()
        .orElse("none");
  }

  private static String ms(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f ms", v);
  }
}

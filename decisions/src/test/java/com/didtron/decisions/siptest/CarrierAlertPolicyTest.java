package com.didtron.decisions.siptest;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.decisions.siptest.CarrierAlertPolicy.Action;
import com.didtron.decisions.siptest.CarrierAlertPolicy.Input;
import com.didtron.decisions.siptest.CarrierAlertPolicy.Metric;
import com.didtron.decisions.siptest.CarrierAlertPolicy.Verdict;
import org.junit.jupiter.api.Test;

/** One test per row of carrier-alerts.dmn, plus the cache. */
class CarrierAlertPolicyTest {
  private static final CarrierAlertPolicy POLICY = CarrierAlertPolicy.standard();

  private static Verdict decide(Metric metric, int value, int sample, boolean open) {
    return POLICY.evaluate(new Input(metric, value, sample, open));
  }

  @Test
  void asrUnderFortyPercentOverEnoughCallsRaisesAMajorAlertThatPenaltyBoxesTheCarrier() {
    assertThat(decide(Metric.ASR, 39, 50, false))
        .isEqualTo(
            new Verdict(Action.RAISE, "MAJOR", true, "ASR under 40% over the last 50 calls"));
    assertThat(decide(Metric.ASR, 40, 50, false).action()).isEqualTo(Action.KEEP);
    assertThat(decide(Metric.ASR, 0, 19, false).action())
        .as("too few calls to judge")
        .isEqualTo(Action.KEEP);
    assertThat(decide(Metric.ASR, 10, 50, true).action())
        .as("not raised again while open")
        .isEqualTo(Action.KEEP);
  }

  @Test
  void anOpenAsrAlertClearsOnlyAtFiftyPercent() {
    assertThat(decide(Metric.ASR, 50, 50, true))
        .isEqualTo(new Verdict(Action.CLEAR, "MAJOR", false, "ASR back at 50% or more"));
    assertThat(decide(Metric.ASR, 45, 50, true).action())
        .as("between thresholds: keep")
        .isEqualTo(Action.KEEP);
  }

  @Test
  void pddP95OverFiveSecondsRaisesAMinorAlertWithoutPenaltyBox() {
    assertThat(decide(Metric.PDD_P95, 5001, 10, false))
        .isEqualTo(
            new Verdict(Action.RAISE, "MINOR", false, "PDD p95 over 5 s over the last 50 calls"));
    assertThat(decide(Metric.PDD_P95, 5000, 50, false).action()).isEqualTo(Action.KEEP);
    assertThat(decide(Metric.PDD_P95, 9000, 9, false).action()).isEqualTo(Action.KEEP);
  }

  @Test
  void anOpenPddAlertClearsAtFourSecondsOrLess() {
    assertThat(decide(Metric.PDD_P95, 4000, 50, true))
        .isEqualTo(new Verdict(Action.CLEAR, "MINOR", false, "PDD p95 back at 4 s or less"));
    assertThat(decide(Metric.PDD_P95, 4500, 50, true).action()).isEqualTo(Action.KEEP);
  }

  @Test
  void threeFailedOptionsInARowRaiseACriticalAlertThatPenaltyBoxesTheCarrier() {
    assertThat(decide(Metric.OPTIONS_FAILURES, 3, 0, false))
        .isEqualTo(new Verdict(Action.RAISE, "CRITICAL", true, "OPTIONS failing 3 times in a row"));
    assertThat(decide(Metric.OPTIONS_FAILURES, 2, 0, false).action()).isEqualTo(Action.KEEP);
  }

  @Test
  void anAnsweredOptionsClearsTheOptionsAlert() {
    assertThat(decide(Metric.OPTIONS_FAILURES, 0, 0, true))
        .isEqualTo(new Verdict(Action.CLEAR, "CRITICAL", false, "OPTIONS answered again"));
    assertThat(decide(Metric.OPTIONS_FAILURES, 1, 0, true).action()).isEqualTo(Action.KEEP);
  }

  @Test
  void everythingElseKeepsTheAlertsAsTheyAre() {
    assertThat(decide(Metric.ASR, 90, 50, false))
        .isEqualTo(new Verdict(Action.KEEP, "MINOR", false, "No change"));
  }

  @Test
  void eachDistinctInputIsDecidedOnce() {
    CarrierAlertPolicy policy = CarrierAlertPolicy.standard();
    for (int i = 0; i < 10_000; i++) {
      policy.evaluate(new Input(Metric.PDD_P95, 1201 + (i % 50), 60 + i % 7, false));
    }
    assertThat(policy.decided()).isEqualTo(1);
  }
}

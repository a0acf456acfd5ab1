package com.didtron.activities.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.cdr.AccountTraffic.CarrierWindow;
import com.didtron.activities.cdr.AccountTraffic.CustomerWindow;
import com.didtron.activities.fraud.FraudJudge.Step;
import com.didtron.decisions.fraud.FraudPolicy;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.fraud.FraudAction;
import com.didtron.domain.fraud.FraudMetric;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The evaluation without a database: windows, observations, the table's verdicts, the step. */
class FraudJudgeTest {
  private static final FraudJudge JUDGE = new FraudJudge(FraudPolicy.standard());

  private static CustomerWindow window(int calls, int answered, int brief, String spend) {
    return new CustomerWindow(calls, answered, brief, new BigDecimal(spend));
  }

  @Test
  void shortCallsAreTheShareOfAnsweredCallsAndTheReasonGivesTheFigures() {
    Observation o = FraudWindows.shortCalls(window(30, 24, 15, "0"));
    assertThat(o.sample()).isEqualTo(24);
    assertThat(o.value()).isEqualByComparingTo("62.5");

    Finding f = JUDGE.judge(AccountKind.CUSTOMER, o).orElseThrow();
    assertThat(f.action()).isEqualTo(FraudAction.BLOCK);
    assertThat(f.threshold()).isEqualByComparingTo("50");
    assertThat(f.reason()).endsWith("62.5% of 24 answered calls were short (threshold 50%)");
    assertThat(FraudWindows.shortCalls(window(5, 0, 0, "0")).value()).isZero();
  }

  @Test
  void aSpikeIsMeasuredAgainstTheRestOfTheDayAndItsThresholdIsInCallsPerMinute() {
    // 100 calls in 5 min = 20/min; 1435 calls in the other 1435 min = 1/min: 2000 %
    Observation o = FraudWindows.callsPerMinute(window(100, 0, 0, "0"), 5, window(1435, 0, 0, "0"));
    assertThat(o.value()).isEqualByComparingTo("20");
    assertThat(o.reference()).isEqualByComparingTo("1");

    Finding f = JUDGE.judge(AccountKind.CUSTOMER, o).orElseThrow();
    assertThat(f.action()).isEqualTo(FraudAction.BLOCK);
    assertThat(f.threshold()).as("10 times the usual 1/min").isEqualByComparingTo("10");
    assertThat(
            JUDGE.judge(
                AccountKind.CUSTOMER,
                FraudWindows.callsPerMinute(window(100, 0, 0, "0"), 5, window(14350, 0, 0, "0"))))
        .as("20/min is usual for this account")
        .isEmpty();
  }

  @Test
  void spendAgainstTheCapIsExactMoneyAndNoCapMeansNoVerdict() {
    Observation o = FraudWindows.spend(window(3, 3, 0, "80.000001"), new BigDecimal("100"));
    Finding f = JUDGE.judge(AccountKind.CUSTOMER, o).orElseThrow();
    assertThat(f.action()).isEqualTo(FraudAction.ALERT);
    assertThat(f.threshold()).isEqualByComparingTo("80");
    assertThat(f.observed()).isEqualByComparingTo("80.000001");
    assertThat(
            JUDGE.judge(
                AccountKind.CUSTOMER,
                FraudWindows.spend(window(3, 3, 0, "79.999999"), new BigDecimal("100"))))
        .isEmpty();
    assertThat(JUDGE.judge(AccountKind.CUSTOMER, FraudWindows.spend(window(3, 3, 0, "1000"), null)))
        .isEmpty();
    Finding cost =
        JUDGE
            .judge(
                AccountKind.CARRIER,
                FraudWindows.carrierCost(
                    new CarrierWindow(2, new BigDecimal("12.5")), new BigDecimal("10")))
            .orElseThrow();
    assertThat(cost.metric()).isEqualTo(FraudMetric.CARRIER_COST);
    assertThat(cost.threshold()).isEqualByComparingTo("10");
  }

  @Test
  void aZeroCapIsReachedByAnySpend() {
    assertThat(FraudJudge.ratio(new BigDecimal("0.01"), BigDecimal.ZERO)).isEqualTo(1_000_000);
    assertThat(FraudJudge.ratio(BigDecimal.ZERO, BigDecimal.ZERO)).isZero();
    assertThat(FraudJudge.ratio(BigDecimal.ONE, null)).isEqualTo(-1);
  }

  @Test
  void oneOpenEventPerConditionOnlyAStrongerActionEscalatesIt() {
    Finding block =
        new Finding(
            FraudMetric.SHORT_CALLS, FraudAction.BLOCK, BigDecimal.TEN, BigDecimal.ONE, 20, "r");
    assertThat(FraudJudge.step(Optional.empty(), Optional.of(block))).isEqualTo(Step.OPEN);
    assertThat(FraudJudge.step(Optional.of(FraudAction.ALERT), Optional.of(block)))
        .isEqualTo(Step.ESCALATE);
    assertThat(FraudJudge.step(Optional.of(FraudAction.BLOCK), Optional.of(block)))
        .isEqualTo(Step.KEEP);
    assertThat(FraudJudge.step(Optional.of(FraudAction.SUSPEND), Optional.of(block)))
        .isEqualTo(Step.KEEP);
    assertThat(FraudJudge.step(Optional.empty(), Optional.empty())).isEqualTo(Step.KEEP);
  }

  @Test
  void aWindowStartsAfterTheLastClearing() {
    Instant now = Instant.parse("2031-01-01T12:00:00Z");
    assertThat(FraudWindows.from(now, Duration.ofHours(1), null))
        .isEqualTo(Instant.parse("2031-01-01T11:00:00Z"));
    assertThat(FraudWindows.from(now, Duration.ofHours(1), Instant.parse("2031-01-01T11:30:00Z")))
        .isEqualTo(Instant.parse("2031-01-01T11:30:00Z"));
    assertThat(FraudWindows.from(now, Duration.ofHours(1), Instant.parse("2031-01-01T10:00:00Z")))
        .isEqualTo(Instant.parse("2031-01-01T11:00:00Z"));
  }
}

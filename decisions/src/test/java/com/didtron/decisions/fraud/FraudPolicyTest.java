package com.didtron.decisions.fraud;

import static com.didtron.domain.account.AccountKind.BOTH;
import static com.didtron.domain.account.AccountKind.CARRIER;
import static com.didtron.domain.account.AccountKind.CUSTOMER;
import static com.didtron.domain.fraud.FraudMetric.CALLS_PER_MINUTE;
import static com.didtron.domain.fraud.FraudMetric.CARRIER_COST;
import static com.didtron.domain.fraud.FraudMetric.CUSTOMER_SPEND;
import static com.didtron.domain.fraud.FraudMetric.SHORT_CALLS;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.decisions.fraud.FraudPolicy.Compared;
import com.didtron.decisions.fraud.FraudPolicy.Input;
import com.didtron.decisions.fraud.FraudPolicy.Verdict;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.fraud.FraudAction;
import com.didtron.domain.fraud.FraudMetric;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per row of fraud-thresholds.dmn, plus the cache. */
class FraudPolicyTest {
  private static final FraudPolicy POLICY = FraudPolicy.standard();

  private static Verdict decide(
      FraudMetric metric, AccountKind kind, int sample, int value, int ratio) {
    return POLICY.evaluate(new Input(metric, kind, sample, value, ratio));
  }

  private static Optional<FraudAction> action(
      FraudMetric metric, AccountKind kind, int sample, int value, int ratio) {
    return decide(metric, kind, sample, value, ratio).action();
  }

  @Test
  void eightyPercentShortCallsOfACustomerOverTwentyCallsSuspendsIt() {
    Verdict v = decide(SHORT_CALLS, CUSTOMER, 20, 80, -1);
    assertThat(v.action()).contains(FraudAction.SUSPEND);
    assertThat(v.threshold()).isEqualTo(80);
    assertThat(v.compared()).isEqualTo(Compared.VALUE);
    assertThat(v.rule()).contains("80%").contains("under 6 s");
    assertThat(action(SHORT_CALLS, BOTH, 20, 95, -1))
        .as("an interconnect partner is blocked, not suspended")
        .contains(FraudAction.BLOCK);
  }

  @Test
  void fiftyPercentShortCallsOverTwentyCallsBlocksNewCalls() {
    Verdict v = decide(SHORT_CALLS, CUSTOMER, 40, 50, -1);
    assertThat(v.action()).contains(FraudAction.BLOCK);
    assertThat(v.threshold()).isEqualTo(50);
    assertThat(action(SHORT_CALLS, CUSTOMER, 19, 79, -1))
        .as("under 20 calls it is only an alert")
        .contains(FraudAction.ALERT);
  }

  @Test
  void thirtyPercentShortCallsOverTenCallsAlertsAndFewerCallsAreNotJudged() {
    Verdict v = decide(SHORT_CALLS, CARRIER, 10, 30, -1);
    assertThat(v.action()).contains(FraudAction.ALERT);
    assertThat(v.threshold()).isEqualTo(30);
    assertThat(action(SHORT_CALLS, CUSTOMER, 10, 29, -1)).isEmpty();
    assertThat(action(SHORT_CALLS, CUSTOMER, 9, 100, -1)).as("too few calls").isEmpty();
  }

  @Test
  void threeHundredCallsPerMinuteBlockWhateverTheUsualRate() {
    Verdict v = decide(CALLS_PER_MINUTE, CUSTOMER, 1500, 300, 100);
    assertThat(v.action()).contains(FraudAction.BLOCK);
    assertThat(v.threshold()).isEqualTo(300);
    assertThat(v.compared()).isEqualTo(Compared.VALUE);
    assertThat(action(CALLS_PER_MINUTE, CUSTOMER, 1495, 299, 100)).isEmpty();
  }

  @Test
  void tenTimesTheUsualRateAtTwentyCallsPerMinuteBlocks() {
    Verdict v = decide(CALLS_PER_MINUTE, CUSTOMER, 100, 20, 1000);
    assertThat(v.action()).contains(FraudAction.BLOCK);
    assertThat(v.threshold()).isEqualTo(1000);
    assertThat(v.compared()).isEqualTo(Compared.RATIO);
    assertThat(action(CALLS_PER_MINUTE, CUSTOMER, 95, 19, 5000))
        .as("under 20 per minute a spike only alerts")
        .contains(FraudAction.ALERT);
  }

  @Test
  void threeTimesTheUsualRateAtTenCallsPerMinuteAlerts() {
    Verdict v = decide(CALLS_PER_MINUTE, BOTH, 50, 10, 300);
    assertThat(v.action()).contains(FraudAction.ALERT);
    assertThat(v.threshold()).isEqualTo(300);
    assertThat(v.rule()).contains("3 times");
    assertThat(action(CALLS_PER_MINUTE, BOTH, 50, 10, 299)).isEmpty();
    assertThat(action(CALLS_PER_MINUTE, BOTH, 45, 9, 900)).as("a quiet account").isEmpty();
    assertThat(action(CALLS_PER_MINUTE, BOTH, 100, 20, -1))
        .as("no usual rate yet: only the absolute row applies")
        .isEmpty();
  }

  @Test
  void aCustomerSpendingTwiceItsDailyCapIsSuspended() {
    Verdict v = decide(CUSTOMER_SPEND, CUSTOMER, 5, 0, 200);
    assertThat(v.action()).contains(FraudAction.SUSPEND);
    assertThat(v.threshold()).isEqualTo(200);
    assertThat(v.compared()).isEqualTo(Compared.RATIO);
    assertThat(action(CUSTOMER_SPEND, BOTH, 5, 0, 250)).contains(FraudAction.BLOCK);
  }

  @Test
  void aCustomerReachingItsDailyCapIsBlocked() {
    Verdict v = decide(CUSTOMER_SPEND, CUSTOMER, 5, 0, 100);
    assertThat(v.action()).contains(FraudAction.BLOCK);
    assertThat(v.threshold()).isEqualTo(100);
    assertThat(v.rule()).contains("daily spend cap");
  }

  @Test
  void eightyPercentOfTheDailyCapAlertsAndNoCapMeansNothing() {
    assertThat(decide(CUSTOMER_SPEND, CUSTOMER, 5, 0, 80).action()).contains(FraudAction.ALERT);
    assertThat(action(CUSTOMER_SPEND, CUSTOMER, 5, 0, 79)).isEmpty();
    assertThat(action(CUSTOMER_SPEND, CUSTOMER, 5, 0, -1)).as("no cap set").isEmpty();
  }

  @Test
  void aCarrierCostReachingTheCarriersDailyCapOnlyAlerts() {
    Verdict v = decide(CARRIER_COST, CARRIER, 5, 0, 400);
    assertThat(v.action()).contains(FraudAction.ALERT);
    assertThat(v.threshold()).isEqualTo(100);
    assertThat(v.rule()).contains("Carrier cost");
    assertThat(action(CARRIER_COST, CARRIER, 5, 0, 99)).isEmpty();
  }

  @Test
  void repeatedSituationsAreDecidedOnce() {
    FraudPolicy policy = FraudPolicy.standard();
    policy.evaluate(new Input(SHORT_CALLS, CUSTOMER, 30, 60, -1));
    policy.evaluate(new Input(SHORT_CALLS, CUSTOMER, 30, 60, -1));
    policy.evaluate(new Input(SHORT_CALLS, CUSTOMER, 30, 61, -1));
    assertThat(policy.decided()).isEqualTo(2);
  }
}

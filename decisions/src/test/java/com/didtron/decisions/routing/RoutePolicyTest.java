package com.didtron.decisions.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.decisions.routing.RoutePolicy.Input;
import com.didtron.decisions.routing.RoutePolicy.Tier;
import com.didtron.decisions.routing.RoutePolicy.Verdict;
import org.junit.jupiter.api.Test;

/** One test per row of route-policy.dmn, plus the cache that keeps DMN off the hot path. */
class RoutePolicyTest {
  private static final RoutePolicy POLICY = RoutePolicy.standard();

  private static Verdict decide(
      Tier tier, boolean penalty, boolean loss, boolean lossAllowed, Integer asr, Integer pdd) {
    return RoutePolicy.standard().evaluate(new Input(tier, penalty, loss, lossAllowed, asr, pdd));
  }

  @Test
  void aCarrierInThePenaltyBoxIsNeverUsed() {
    assertThat(decide(Tier.STANDARD, true, false, false, 90, 500))
        .isEqualTo(new Verdict(false, "Carrier is in the penalty box"));
  }

  @Test
  void aCarrierCostingMoreThanTheSellRateIsDroppedUnlessLossIsAllowed() {
    assertThat(decide(Tier.STANDARD, false, true, false, null, null))
        .isEqualTo(new Verdict(false, "Costs more than the sell rate (loss protection)"));
    assertThat(decide(Tier.STANDARD, false, true, true, null, null).allowed()).isTrue();
  }

  @Test
  void premiumRoutesNeedQualityData() {
    assertThat(decide(Tier.PREMIUM, false, false, false, null, null))
        .isEqualTo(new Verdict(false, "Premium needs recent quality data"));
  }

  @Test
  void premiumRoutesNeedAnAsrOfFortyPercent() {
    assertThat(decide(Tier.PREMIUM, false, false, false, 39, 1000))
        .isEqualTo(new Verdict(false, "Premium needs ASR of at least 40%"));
    assertThat(decide(Tier.PREMIUM, false, false, false, 40, 1000).allowed()).isTrue();
  }

  @Test
  void premiumRoutesNeedAPddOfAtMostThreeSeconds() {
    assertThat(decide(Tier.PREMIUM, false, false, false, 60, 3001))
        .isEqualTo(new Verdict(false, "Premium needs PDD p95 of at most 3 s"));
    assertThat(decide(Tier.PREMIUM, false, false, false, 60, 3000).allowed()).isTrue();
  }

  @Test
  void standardRoutesAllowEveryOtherCarrier() {
    assertThat(decide(Tier.STANDARD, false, false, false, 5, 9000))
        .isEqualTo(new Verdict(true, "Allowed"));
  }

  @Test
  void eachDistinctInputIsDecidedOnceAndThenServedFromTheCache() {
    RoutePolicy policy = RoutePolicy.standard();
    for (int i = 0; i < 10_000; i++) {
      policy.evaluate(new Input(Tier.PREMIUM, false, false, false, 55, 1201 + (i % 50)));
    }
    // PDD 1201..1250 ms all fall in the 1300 ms step: one DMN evaluation for 10,000 calls
    assertThat(policy.decided()).isEqualTo(1);
    assertThat(POLICY.evaluate(new Input(Tier.PREMIUM, false, false, false, 55, 2999)).allowed())
        .isTrue();
  }
}

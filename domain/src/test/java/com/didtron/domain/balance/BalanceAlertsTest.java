package com.didtron.domain.balance;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.balance.BalanceAlerts.Alert;
import com.didtron.domain.balance.BalanceAlerts.Decision;
import com.didtron.domain.balance.BalanceAlerts.State;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BalanceAlertsTest {
  private static final State FRESH = new State(false, false);

  @ParameterizedTest(name = "available {0} with low={1}, zero={2} sent: send {3}, rearm {4}")
  @CsvSource({
    "50, false, false, NONE, false",
    "10, false, false, LOW, false",
    "5, true, false, NONE, false",
    "0, false, false, ZERO, false",
    "-3, true, false, ZERO, false",
    "-3, true, true, NONE, false",
    "5, true, true, NONE, false",
    "11, true, false, NONE, true",
    "11, true, true, NONE, true"
  })
  void alertsGoOutOncePerCrossingAndReArmAboveTheThreshold(
      String available, boolean low, boolean zero, Alert send, boolean rearm) {
    Decision d =
        BalanceAlerts.decide(new BigDecimal(available), BigDecimal.TEN, new State(low, zero));
    assertThat(d.send()).isEqualTo(send);
    assertThat(d.rearm()).isEqualTo(rearm);
  }

  @ParameterizedTest(name = "a walk: {0}")
  @CsvSource({"'20,8,6,0,-1,30,9', 'NONE,LOW,NONE,ZERO,NONE,NONE,LOW'"})
  void aBalanceWalkingDownAndBackUpAlertsOnlyAtEachCrossing(String walk, String expected) {
    State s = FRESH;
    StringBuilder got = new StringBuilder();
    for (String step : walk.split(",")) {
      Decision d = BalanceAlerts.decide(new BigDecimal(step), BigDecimal.TEN, s);
      got.append(got.isEmpty() ? "" : ",").append(d.send());
      s = d.next();
    }
    assertThat(got.toString()).isEqualTo(expected);
  }
}

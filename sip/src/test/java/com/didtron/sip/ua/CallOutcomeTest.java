package com.didtron.sip.ua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallOutcomeTest {
  @ParameterizedTest(name = "final {0} is {1}, network effective: {2}")
  @CsvSource({
    "200, ANSWERED, true",
    "202, ANSWERED, true",
    "486, BUSY, true",
    "600, BUSY, true",
    "480, NO_ANSWER, true",
    "487, NO_ANSWER, true",
    "408, NO_ANSWER, true",
    "404, FAILED, true",
    "484, FAILED, true",
    "603, FAILED, true",
    "403, FAILED, true",
    "401, FAILED, false",
    "500, FAILED, false",
    "503, FAILED, false",
    "502, FAILED, false"
  })
  void finalCodesMapToOutcomesAndNetworkEffectiveness(
      int code, CallOutcome outcome, boolean effective) {
    assertThat(CallOutcome.ofFinalCode(code)).isEqualTo(outcome);
    assertThat(CallOutcome.networkEffective(outcome, code)).isEqualTo(effective);
  }

  @ParameterizedTest
  @CsvSource({"TIMEOUT, 0"})
  void aTimeoutIsNeverNetworkEffective(CallOutcome outcome, int code) {
    assertThat(CallOutcome.networkEffective(outcome, code)).isFalse();
  }
}

package com.didtron.activities.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  @Test
  void theFirstFailuresAreFreeThenLocksDoubleUpToFifteenMinutes() {
    assertThat(LoginThrottle.lockFor(1)).isZero();
    assertThat(LoginThrottle.lockFor(4)).isZero();
    assertThat(LoginThrottle.lockFor(5)).isEqualTo(Duration.ofSeconds(30));
    assertThat(LoginThrottle.lockFor(6)).isEqualTo(Duration.ofSeconds(60));
    assertThat(LoginThrottle.lockFor(7)).isEqualTo(Duration.ofSeconds(120));
    assertThat(LoginThrottle.lockFor(10)).isEqualTo(Duration.ofMinutes(15));
    assertThat(LoginThrottle.lockFor(1000)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void anAddressGetsThirtyFreeFailuresBeforeItsFirstLock() {
    assertThat(LoginThrottle.lockFor(29, LoginThrottle.ADDRESS_FREE_FAILURES)).isZero();
    assertThat(LoginThrottle.lockFor(30, LoginThrottle.ADDRESS_FREE_FAILURES))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(LoginThrottle.lockFor(500, LoginThrottle.ADDRESS_FREE_FAILURES))
        .isEqualTo(Duration.ofMinutes(15));
  }
}

package com.didtron.domain.balance;

import java.math.BigDecimal;

/**
 * When to warn a customer about its balance. A low-balance alert goes out once when what is
 * available falls to the low threshold or below; a zero-balance alert once when nothing is
 * available any more. Neither is repeated on every further charge: alerts re-arm only when the
 * available amount climbs back above the threshold (a zero alert also re-arms once something is
 * available).
 */
public final class BalanceAlerts {
  private BalanceAlerts() {}

  /** Which alerts were already sent in the current cycle. */
  public record State(boolean lowSent, boolean zeroSent) {}

  /** What to do now, and the state afterwards. */
  public record Decision(Alert send, boolean rearm, State next) {}

  /** The alert to send, if any. */
  public enum Alert {
    NONE,
    LOW,
    ZERO
  }

  public static Decision decide(BigDecimal available, BigDecimal lowThreshold, State state) {
    if (available.signum() <= 0) {
      Alert send = state.zeroSent() ? Alert.NONE : Alert.ZERO;
      return new Decision(send, false, new State(true, true));
    }
    if (available.compareTo(lowThreshold) <= 0) {
      Alert send = state.lowSent() ? Alert.NONE : Alert.LOW;
      return new Decision(send, false, new State(true, false));
    }
    boolean rearm = state.lowSent() || state.zeroSent();
    return new Decision(Alert.NONE, rearm, new State(false, false));
  }
}

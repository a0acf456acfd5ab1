package com.didtron.activities.fraud;

import com.didtron.activities.cdr.AccountTraffic.CarrierWindow;
import com.didtron.activities.cdr.AccountTraffic.CustomerWindow;
import com.didtron.domain.fraud.FraudMetric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * The windows of each metric and the observations computed from the CDR figures of a window (pure:
 * no database, no clock). A window starts no earlier than the last time staff cleared an event of
 * that account and metric, so a cleared condition is judged on the calls made after the clearing.
 */
final class FraudWindows {
  /** Short calls: the answered calls of the last hour, short under 6 seconds. */
  static final Duration SHORT_WINDOW = Duration.ofMinutes(60);

  static final int SHORT_SECONDS = 6;

  /** Calls per minute: the last 5 minutes, against the rest of the last 24 hours. */
  static final Duration RATE_WINDOW = Duration.ofMinutes(5);

  /** Spend and cost: rolling 24 hours. */
  static final Duration DAY = Duration.ofHours(24);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private FraudWindows() {}

  /** The later of the window's natural start and the last clearing. */
  static Instant from(Instant now, Duration window, Instant lastCleared) {
    Instant start = now.minus(window);
    return lastCleared != null && lastCleared.isAfter(start) ? lastCleared : start;
  }

  static Observation shortCalls(CustomerWindow w) {
    BigDecimal percent =
        w.answered() == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(w.shortAnswered())
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(w.answered()), 2, RoundingMode.HALF_UP);
    return new Observation(FraudMetric.SHORT_CALLS, w.answered(), percent, null);
  }

  /**
   * @param recent the calls of the rate window (from its start to now)
   * @param recentMinutes the rate window's length in minutes (shorter after a clearing)
   * @param before the calls of the rest of the day, the account's usual rate
   */
  static Observation callsPerMinute(
      CustomerWindow recent, long recentMinutes, CustomerWindow before) {
    BigDecimal perMinute = perMinute(recent.calls(), Math.max(1, recentMinutes));
    long usualMinutes = DAY.minus(RATE_WINDOW).toMinutes();
    BigDecimal usual = before.calls() == 0 ? null : perMinute(before.calls(), usualMinutes);
    return new Observation(FraudMetric.CALLS_PER_MINUTE, recent.calls(), perMinute, usual);
  }

  static Observation spend(CustomerWindow day, BigDecimal cap) {
    return new Observation(FraudMetric.CUSTOMER_SPEND, day.calls(), day.spend(), cap);
  }

  static Observation carrierCost(CarrierWindow day, BigDecimal cap) {
    return new Observation(FraudMetric.CARRIER_COST, day.calls(), day.cost(), cap);
  }

  private static BigDecimal perMinute(int calls, long minutes) {
    return BigDecimal.valueOf(calls).divide(BigDecimal.valueOf(minutes), 4, RoundingMode.HALF_UP);
  }
}

package com.didtron.domain.invoicing;

import java.util.Arrays;

/**
 * How often an account is invoiced. Each cycle cuts time into {@link BillingPeriod}s (dates in the
 * account's billing time zone). {@link #days()} is the cycle's nominal length, the first number of
 * payment terms such as {@code 30/15}.
 */
public enum BillingCycle {
  DAILY(1),
  /** ISO weeks, Monday to Sunday. */
  WEEKLY(7),
  /** The 1st to the 15th, then the 16th to the month's end. */
  SEMI_MONTHLY(15),
  /** Calendar months. */
  MONTHLY(30);

  private final int days;

  BillingCycle(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }

  /**
   * The cycle named by its nominal days (1, 7, 15, 30); refuses anything else with a clear message.
   */
  public static BillingCycle ofDays(int days) {
    return Arrays.stream(values())
        .filter(c -> c.days == days)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "A billing cycle is 1, 7, 15 or 30 days, not " + days));
  }
}

package com.didtron.domain.did;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Pay-as-you-go rental of a number: its monthly price is charged pro rata, one day at a time, from
 * the balance. A day costs the monthly price divided by the days of the month that contains it (so
 * a whole month costs the monthly price, up to rounding), rounded half-up to micro-units. The
 * order's "setup plus the first day" check and the daily accrual both use this rule.
 */
public final class DailyRental {
  /** Micro-units, the ledger's scale. */
  public static final int SCALE = 6;

  private DailyRental() {}

  /** What {@code day} of a number with {@code monthlyPrice} costs. */
  public static BigDecimal forDay(BigDecimal monthlyPrice, LocalDate day) {
    if (monthlyPrice.signum() < 0) {
      throw new IllegalArgumentException("A monthly price is never negative: " + monthlyPrice);
    }
    return monthlyPrice.divide(
        BigDecimal.valueOf(day.lengthOfMonth()), SCALE, RoundingMode.HALF_UP);
  }
}

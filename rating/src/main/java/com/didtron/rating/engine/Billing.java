package com.didtron.rating.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The exact billing arithmetic of one call leg.
 *
 * <ul>
 *   <li>duration {@code d}: seconds rounded up to a whole second;
 *   <li>billable: 0 if {@code d = 0}; {@code initial} if {@code d <= initial}; else {@code initial
 *       + ceil((d - initial) / subsequent) * subsequent};
 *   <li>cost: {@code connect_fee + rate * billable / 60} when billable > 0, else 0, rounded HALF_UP
 *       to 6 decimals.
 * </ul>
 *
 * <p>Costs are computed in long micro-units when the rate and connect fee are whole micro-units and
 * nothing overflows; otherwise {@link #costMicros} answers {@link #NOT_EXACT_IN_LONG} and {@link
 * #cost} computes the same value with BigDecimal.
 */
public final class Billing {
  /** Decimals of every cost (micro-units). */
  public static final int SCALE = 6;

  /** Longest accepted duration in seconds (about 31,700 years): keeps every sum inside a long. */
  public static final long MAX_DURATION_SECONDS = 1_000_000_000_000L;

  /** Answer of {@link #costMicros} when the long path cannot give the exact result. */
  public static final long NOT_EXACT_IN_LONG = Long.MIN_VALUE;

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final long SECONDS_PER_MINUTE = 60;
  private static final long HALF_MINUTE = 30;

  private Billing() {}

  /** Seconds rounded up to a whole second; -1 when negative, null or too long. */
  public static long ceilSeconds(BigDecimal seconds) {
    if (seconds == null || seconds.signum() < 0) {
      return -1;
    }
    BigDecimal whole = seconds.setScale(0, RoundingMode.CEILING);
    return whole.compareTo(BigDecimal.valueOf(MAX_DURATION_SECONDS)) > 0 ? -1 : whole.longValue();
  }

  /** Billable seconds of a call of {@code d} whole seconds ({@code 0 <= d <= MAX}). */
  public static long billableSeconds(long d, int initial, int subsequent) {
    if (d <= 0) {
      return 0;
    }
    if (d <= initial) {
      return initial;
    }
    long blocks = (d - initial + subsequent - 1) / subsequent;
    return initial + blocks * subsequent;
  }

  /**
   * Cost in micro-units from a rate and connect fee in micro-units ({@code >= 0}); {@link
   * #NOT_EXACT_IN_LONG} when either is {@link #NOT_EXACT_IN_LONG} or the result would overflow.
   */
  public static long costMicros(long rateMicros, long connectMicros, long billable) {
    if (billable == 0) {
      return 0;
    }
    if (rateMicros == NOT_EXACT_IN_LONG || connectMicros == NOT_EXACT_IN_LONG) {
      return NOT_EXACT_IN_LONG;
    }
    long product = rateMicros * billable;
    if (Math.multiplyHigh(rateMicros, billable) != 0 || product < 0) {
      return NOT_EXACT_IN_LONG;
    }
    long usage = product / SECONDS_PER_MINUTE;
    if (product % SECONDS_PER_MINUTE >= HALF_MINUTE) {
      usage++;
    }
    long total = usage + connectMicros;
    return total < 0 ? NOT_EXACT_IN_LONG : total;
  }

  /** The exact cost as a BigDecimal with 6 decimals (the definition; any rate and fee). */
  public static BigDecimal cost(BigDecimal rate, BigDecimal connectFee, long billable) {
    if (billable == 0) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    BigDecimal sixtieths =
        connectFee.multiply(SIXTY).add(rate.multiply(BigDecimal.valueOf(billable)));
    return sixtieths.divide(SIXTY, SCALE, RoundingMode.HALF_UP);
  }

  /** {@code value} in micro-units, or {@link #NOT_EXACT_IN_LONG} when it has more decimals. */
  public static long toMicros(BigDecimal value) {
    try {
      long micros = value.movePointRight(SCALE).longValueExact();
      return micros == NOT_EXACT_IN_LONG ? NOT_EXACT_IN_LONG : micros;
    } catch (ArithmeticException notWholeMicros) {
      return NOT_EXACT_IN_LONG;
    }
  }

  /** A micro-unit amount as a BigDecimal with 6 decimals. */
  public static BigDecimal fromMicros(long micros) {
    return BigDecimal.valueOf(micros, SCALE);
  }
}

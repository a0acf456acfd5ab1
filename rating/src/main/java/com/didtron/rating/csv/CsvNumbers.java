package com.didtron.rating.csv;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** Exact, allocation-light parsing of numbers from CSV field bytes. */
public final class CsvNumbers {
  /** Returned by {@link #parseCeilSeconds} for a value that is not a duration. */
  public static final long INVALID = -1;

  private static final int FAST_DIGITS = 18;

  private CsvNumbers() {}

  /**
   * Parses a plain or scientific decimal ({@code 0.0125}, {@code .5}, {@code 1E-3}); null when the
   * bytes are not a number. Plain decimals of up to 18 digits take an allocation-light path.
   */
  public static BigDecimal parseDecimal(byte[] b, int s, int e) {
    BigDecimal fast = parsePlain(b, s, e);
    if (fast != null) {
      return fast;
    }
    try {
      return new BigDecimal(new String(b, s, e - s, StandardCharsets.US_ASCII));
    } catch (NumberFormatException ex) {
      return null;
    }
  }

  private static BigDecimal parsePlain(byte[] b, int s, int e) {
    boolean negative = s < e && b[s] == '-';
    int i = negative || (s < e && b[s] == '+') ? s + 1 : s;
    long unscaled = 0;
    int digits = 0;
    int scale = -1;
    for (; i < e; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        if (++digits > FAST_DIGITS) {
          return null;
        }
        unscaled = unscaled * 10 + (c - '0');
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        return null;
      }
    }
    if (digits == 0) {
      return null;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
  }

  /**
   * Parses a whole number in {@code [min, max]}; returns {@code Long.MIN_VALUE} when the bytes are
   * not such a number (digits only, no sign, no decimals).
   */
  public static long parseWhole(byte[] b, int s, int e, long min, long max) {
    if (s == e || e - s > FAST_DIGITS) {
      return Long.MIN_VALUE;
    }
    long v = 0;
    for (int i = s; i < e; i++) {
      int c = b[i] - '0';
      if (c < 0 || c > 9) {
        return Long.MIN_VALUE;
      }
      v = v * 10 + c;
    }
    return v < min || v > max ? Long.MIN_VALUE : v;
  }

  /**
   * Parses a non-negative duration in seconds with optional decimals ({@code 12}, {@code 0.1},
   * {@code 61.000}) and rounds it up to a whole second; {@link #INVALID} when the bytes are not
   * such a number or the whole part exceeds {@code maxSeconds}.
   */
  public static long parseCeilSeconds(byte[] b, int s, int e, long maxSeconds) {
    long whole = 0;
    int digits = 0;
    int i = s;
    for (; i < e && b[i] != '.'; i++) {
      int c = b[i] - '0';
      if (c < 0 || c > 9 || ++digits > FAST_DIGITS) {
        return INVALID;
      }
      whole = whole * 10 + c;
    }
    boolean fraction = false;
    int fractionDigits = 0;
    for (i = i + 1; i < e; i++) {
      int c = b[i] - '0';
      if (c < 0 || c > 9) {
        return INVALID;
      }
      fraction |= c != 0;
      fractionDigits++;
    }
    if (digits + fractionDigits == 0 || whole > maxSeconds) {
      return INVALID;
    }
    long ceil = fraction ? whole + 1 : whole;
    return ceil > maxSeconds ? INVALID : ceil;
  }
}

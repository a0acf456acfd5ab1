package com.didtron.rating.csv;

import com.didtron.rating.EpochNanos;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Parses instants from CSV field bytes into {@link EpochNanos}: a date {@code 2026-11-01} (midnight
 * UTC) or an ISO-8601 instant ({@code 2026-11-01T00:00:00Z}, fractions and offsets such as {@code
 * +02:00} allowed). The common shapes take an allocation-free path; the last parsed date is
 * remembered because files repeat dates. Not thread-safe: use one per reader.
 *
 * <p>Rate decks hold plain dates and CDR files full instants, and the JIT compiles from what each
 * method has seen: decks read through {@link #parseDate}, CDRs through {@link #parse}, so neither
 * path's compiled code is built on the other's shapes (and thrown away when the other's arrive).
 */
public final class CsvInstants {
  private static final long SECONDS_PER_DAY = 86_400L;
  private static final int DATE_LENGTH = 10;

  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

  static {
    // use the handle once now: code the JIT compiles before its first use (from the start-up
    // cache's profiles, as soon as this class is initialised) could not inline its accesses
    long unused = (long) LONG.get(new byte[8], 0) + (short) SHORT.get(new byte[2], 0);
  }

  // the last parsed date's ten bytes (eight and two) and its day; none at first
  private long lastHead;
  private short lastTail;
  private long lastDay = Long.MIN_VALUE;

  /** Epoch nanoseconds of the field, or {@link EpochNanos#INVALID}. */
  public long parse(byte[] b, int s, int e) {
    int len = e - s;
    if (len == DATE_LENGTH) {
      return midnight(b, s);
    }
    if (len >= 20 && b[e - 1] == 'Z' && b[s + 10] == 'T') {
      long fast = parseUtc(b, s, e);
      if (fast != EpochNanos.INVALID) {
        return fast;
      }
    }
    return parseSlow(b, s, e);
  }

  /** {@link #parse} for a rate deck's effective dates (usually plain dates). */
  public long parseDate(byte[] b, int s, int e) {
    return e - s == DATE_LENGTH ? midnight(b, s) : parse(b, s, e);
  }

  private long midnight(byte[] b, int s) {
    long day = day(b, s);
    return day == Long.MIN_VALUE ? EpochNanos.INVALID : EpochNanos.of(day * SECONDS_PER_DAY, 0);
  }

  private long parseUtc(byte[] b, int s, int e) {
    long day = day(b, s);
    if (day == Long.MIN_VALUE || b[s + 13] != ':' || b[s + 16] != ':') {
      return EpochNanos.INVALID;
    }
    int h = two(b, s + 11);
    int m = two(b, s + 14);
    int sec = two(b, s + 17);
    if (h > 23 || m > 59 || sec > 59) {
      return EpochNanos.INVALID;
    }
    int nano = fraction(b, s + 19, e - 1);
    if (nano < 0) {
      return EpochNanos.INVALID;
    }
    return EpochNanos.of(day * SECONDS_PER_DAY + h * 3600L + m * 60L + sec, nano);
  }

  /** Nanos of {@code .ddddddddd} between {@code s} and {@code e}; -1 when malformed. */
  private static int fraction(byte[] b, int s, int e) {
    if (s == e) {
      return 0;
    }
    if (b[s] != '.' || e - s < 2 || e - s > 10) {
      return -1;
    }
    int nano = 0;
    for (int i = s + 1; i < s + 10; i++) {
      int d = i < e ? b[i] - '0' : 0;
      if (d < 0 || d > 9) {
        return -1;
      }
      nano = nano * 10 + d;
    }
    return nano;
  }

  /**
   * The day of the date at {@code s} (ten bytes), the remembered one when the bytes repeat. One
   * branch, not one per byte: its other side is taken by a reader's first date, so compiled code
   * keeps it and a file's next date does not throw that code away.
   */
  private long day(byte[] b, int s) {
    long head = (long) LONG.get(b, s);
    short tail = (short) SHORT.get(b, s + 8);
    if ((lastDay != Long.MIN_VALUE) & (head == lastHead) & (tail == lastTail)) {
      return lastDay;
    }
    long day = parseDay(b, s);
    if (day != Long.MIN_VALUE) {
      lastHead = head;
      lastTail = tail;
      lastDay = day;
    }
    return day;
  }

  private static long parseDay(byte[] b, int s) {
    if (b[s + 4] != '-' || b[s + 7] != '-') {
      return Long.MIN_VALUE;
    }
    int year = two(b, s) * 100 + two(b, s + 2);
    int month = two(b, s + 5);
    int dom = two(b, s + 8);
    if (year < 0 || month < 1 || month > 12 || dom < 1 || dom > monthLength(year, month)) {
      return Long.MIN_VALUE;
    }
    return epochDay(year, month, dom);
  }

  /** Two ASCII digits as a number; a large negative value when either is not a digit. */
  private static int two(byte[] b, int i) {
    int hi = b[i] - '0';
    int lo = b[i + 1] - '0';
    if (hi < 0 || hi > 9 || lo < 0 || lo > 9) {
      return -10_000;
    }
    return hi * 10 + lo;
  }

  private static int monthLength(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  static long epochDay(long year, int month, int day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yoe = y - era * 400;
    long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097 + doe - 719_468;
  }

  private static long parseSlow(byte[] b, int s, int e) {
    try {
      return EpochNanos.of(Instant.parse(new String(b, s, e - s, StandardCharsets.US_ASCII)));
    } catch (DateTimeParseException ex) {
      return EpochNanos.INVALID;
    }
  }
}

package com.didtron.ui.ratedeck;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How rating pages print dates, counts and rates. */
public final class Formats {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private Formats() {}

  /** {@code 2026-11-01} at midnight UTC, else {@code 2026-11-01 10:00} (UTC); empty for null. */
  public static String instant(Instant i) {
    if (i == null) {
      return "";
    }
    return i.getEpochSecond() % 86_400 == 0 && i.getNano() == 0
        ? DATE.format(i)
        : DATE_TIME.format(i);
  }

  public static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.US).format(n);
  }

  /** A rate or amount in plain notation, trailing zeros kept (as the supplier wrote it). */
  public static String decimal(BigDecimal d) {
    return d == null ? "" : d.toPlainString();
  }
}

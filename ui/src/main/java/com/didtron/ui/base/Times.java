package com.didtron.ui.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * How dates and times read in the portal: the reader's locale ({@link Amounts#locale()}) and always
 * the zone they are in, e.g. {@code Jun 10, 2025, 12:00 UTC} or {@code 10.06.2025, 14:00
 * Europe/Berlin}. Machine output (API, CSV) stays ISO-8601.
 */
public final class Times {
  private Times() {}

  /** An instant in UTC, with the zone named; blank for none. */
  public static String dateTime(Instant at) {
    return dateTime(at, ZoneOffset.UTC);
  }

  /** An instant in a zone (e.g. the account's billing time zone), with the zone named. */
  public static String dateTime(Instant at, ZoneId zone) {
    if (at == null) {
      return "";
    }
    ZoneId z = zone == null ? ZoneOffset.UTC : zone;
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Amounts.locale())
            .format(at.atZone(z))
        + " "
        + zoneName(z);
  }

  /** A calendar day in the reader's locale, e.g. {@code Jun 10, 2025}; blank for none. */
  public static String date(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Amounts.locale())
            .format(day);
  }

  /** "UTC" for UTC, else the zone's id ({@code Europe/Berlin}). */
  public static String zoneName(ZoneId zone) {
    return zone == null || zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }
}

package com.didtron.activities.home;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today and this month in a time zone (the account's billing time zone, or UTC for staff), as
 * [start, next start) windows of call start times.
 */
record Windows(
    ZoneId zone, Instant dayStart, Instant dayEnd, Instant monthStart, Instant monthEnd) {
  static Windows at(Instant now, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate first = today.withDayOfMonth(1);
    return new Windows(
        zone,
        today.atStartOfDay(zone).toInstant(),
        today.plusDays(1).atStartOfDay(zone).toInstant(),
        first.atStartOfDay(zone).toInstant(),
        first.plusMonths(1).atStartOfDay(zone).toInstant());
  }
}

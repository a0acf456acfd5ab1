package com.didtron.domain.invoicing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * One billing period of an account: the dates {@code [start, end)} of a cycle in the account's
 * billing time zone (the instants are {@link #startsAt}/{@link #endsAt} of a zone; UTC by default).
 * Its {@link #key()} names it in workflow ids and in the database ({@code 2026-03-04}, {@code
 * 2026-W10}, {@code 2026-03-H2}, {@code 2026-03}).
 */
public record BillingPeriod(BillingCycle cycle, LocalDate start, LocalDate end) {
  public BillingPeriod {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a billing period ends after it starts");
    }
  }

  /** The period of {@code cycle} that contains {@code day}. */
  public static BillingPeriod containing(BillingCycle cycle, LocalDate day) {
    return switch (cycle) {
      case DAILY -> new BillingPeriod(cycle, day, day.plusDays(1));
      case WEEKLY -> {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield new BillingPeriod(cycle, monday, monday.plusWeeks(1));
      }
      case SEMI_MONTHLY ->
          day.getDayOfMonth() <= 15
              ? new BillingPeriod(cycle, day.withDayOfMonth(1), day.withDayOfMonth(16))
              : new BillingPeriod(
                  cycle, day.withDayOfMonth(16), day.withDayOfMonth(1).plusMonths(1));
      case MONTHLY -> {
        LocalDate first = day.withDayOfMonth(1);
        yield new BillingPeriod(cycle, first, first.plusMonths(1));
      }
    };
  }

  /** The period of {@code cycle} that contains the instant {@code at} as seen in {@code zone}. */
  public static BillingPeriod containing(BillingCycle cycle, Instant at, ZoneId zone) {
    return containing(cycle, LocalDate.ofInstant(at, zone));
  }

  /** The last period of {@code cycle} that has ended by {@code day} (the one before today's). */
  public static BillingPeriod lastEndedBy(BillingCycle cycle, LocalDate day) {
    return containing(cycle, day).previous();
  }

  /**
   * Reads a period key as written by {@link #key()}; refuses anything else with a clear message.
   */
  public static BillingPeriod parse(BillingCycle cycle, String key) {
    try {
      return switch (cycle) {
        case DAILY -> containing(cycle, LocalDate.parse(key));
        case WEEKLY -> {
          String[] parts = key.split("-W");
          LocalDate d =
              LocalDate.of(Integer.parseInt(parts[0]), 1, 4)
                  .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(parts[1]));
          yield containing(cycle, d);
        }
        case SEMI_MONTHLY -> {
          if (!key.endsWith("-H1") && !key.endsWith("-H2")) {
            throw new DateTimeParseException("no half", key, 0);
          }
          LocalDate first = YearMonth.parse(key.substring(0, key.length() - 3)).atDay(1);
          yield containing(cycle, key.endsWith("-H1") ? first : first.withDayOfMonth(16));
        }
        case MONTHLY -> containing(cycle, YearMonth.parse(key).atDay(1));
      };
    } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(
          "not a "
              + cycle.name().toLowerCase()
              + " period: "
              + key
              + " (expected e.g. "
              + containing(cycle, LocalDate.of(2026, 3, 4)).key()
              + ")");
    }
  }

  public String key() {
    return switch (cycle) {
      case DAILY -> start.toString();
      case WEEKLY ->
          String.format(
              "%d-W%02d",
              start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case SEMI_MONTHLY -> YearMonth.from(start) + (start.getDayOfMonth() == 1 ? "-H1" : "-H2");
      case MONTHLY -> YearMonth.from(start).toString();
    };
  }

  public BillingPeriod previous() {
    return containing(cycle, start.minusDays(1));
  }

  public BillingPeriod next() {
    return containing(cycle, end);
  }

  /**
   * When the period closes for invoicing (UTC periods): its end plus a grace time for late CDRs.
   */
  public Instant closesAt(Duration grace) {
    return closesAt(ZoneOffset.UTC, grace);
  }

  /**
   * When the period of an account billed in {@code zone} closes: its end there plus the grace time.
   */
  public Instant closesAt(ZoneId zone, Duration grace) {
    return endsAt(zone).plus(grace);
  }

  /**
   * The first instant of the period in {@code zone} (the start of its first day there, DST-aware).
   */
  public Instant startsAt(ZoneId zone) {
    return start.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period in {@code zone} (exclusive end). */
  public Instant endsAt(ZoneId zone) {
    return end.atStartOfDay(zone).toInstant();
  }

  /** Whether {@code at} falls in the period as seen in {@code zone}. */
  public boolean contains(Instant at, ZoneId zone) {
    return !at.isBefore(startsAt(zone)) && at.isBefore(endsAt(zone));
  }

  /** The last day of the period (inclusive), for documents. */
  public LocalDate lastDay() {
    return end.minusDays(1);
  }

  @Override
  public String toString() {
    return key();
  }
}

package com.didtron.domain.invoicing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * One billing period of an account: the UTC dates {@code [start, end)} of a cycle. Its {@link #key()}
 * names it in workflow ids and in the database ({@code 2026-03-04}, {@code 2026-W10}, {@code 2026-03}).
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
      case MONTHLY -> {
        LocalDate first = day.withDayOfMonth(1);
        yield new BillingPeriod(cycle, first, first.plusMonths(1));
      }
    };
  }

  /** The last period of {@code cycle} that has ended by {@code day} (the one before today's). */
  public static BillingPeriod lastEndedBy(BillingCycle cycle, LocalDate day) {
    return containing(cycle, day).previous();
  }

  /** Reads a period key as written by {@link #key()}; refuses anything else with a clear message. */
  public static BillingPeriod parse(BillingCycle cycle, String key) {
    try {
      return switch (cycle) {
        case DAILY -> containing(cycle, LocalDate.parse(key));
        case WEEKLY -> {
          String[] parts = key.split("-W");
          LocalDate d = LocalDate.of(Integer.parseInt(parts[0]), 1, 4)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(parts[1]));
          yield containing(cycle, d);
        }
        case MONTHLY -> containing(cycle, YearMonth.parse(key).atDay(1));
      };
    } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("not a " + cycle.name().toLowerCase() + " period: " + key
          + " (expected e.g. " + containing(cycle, LocalDate.of(2026, 3, 4)).key() + ")");
    }
  }

  public String key() {
    return switch (cycle) {
      case DAILY -> start.toString();
      case WEEKLY -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
          start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTHLY -> YearMonth.from(start).toString();
    };
  }

  public BillingPeriod previous() {
    return containing(cycle, start.minusDays(1));
  }

  public BillingPeriod next() {
    return containing(cycle, end);
  }

  /** When the period closes for invoicing: its end plus a grace time for late CDRs. */
  public Instant closesAt(Duration grace) {
    return end.atStartOfDay().toInstant(ZoneOffset.UTC).plus(grace);
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

package com.didtron.domain.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BillingPeriodZonesTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void aSemiMonthlyPeriodRunsFromTheFirstToTheFifteenthThenToTheMonthsEnd() {
    BillingPeriod first =
        BillingPeriod.containing(BillingCycle.SEMI_MONTHLY, LocalDate.of(2024, 2, 15));
    assertThat(first.start()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(first.end()).isEqualTo(LocalDate.of(2024, 2, 16));
    assertThat(first.key()).isEqualTo("2024-02-H1");
    BillingPeriod second = first.next();
    assertThat(second.start()).isEqualTo(LocalDate.of(2024, 2, 16));
    assertThat(second.lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(second.key()).isEqualTo("2024-02-H2");
    assertThat(second.next().key()).isEqualTo("2024-03-H1");
    assertThat(BillingPeriod.parse(BillingCycle.SEMI_MONTHLY, "2024-02-H2")).isEqualTo(second);
  }

  @Test
  void aSemiMonthlyKeyWithoutItsHalfIsRefused() {
    assertThatThrownBy(() -> BillingPeriod.parse(BillingCycle.SEMI_MONTHLY, "2024-02"))
        .hasMessageContaining("not a semi_monthly period: 2024-02")
        .hasMessageContaining("2026-03-H1");
  }

  @Test
  void aCallBelongsToThePeriodOfItsStartInTheAccountsTimeZone() {
    Instant lastOctoberEveningInNewYork =
        Instant.parse("2026-11-01T03:30:00Z"); // 23:30 EDT on 31 October
    assertThat(
            BillingPeriod.containing(BillingCycle.MONTHLY, lastOctoberEveningInNewYork, NEW_YORK)
                .key())
        .isEqualTo("2026-10");
    assertThat(
            BillingPeriod.containing(
                    BillingCycle.MONTHLY, lastOctoberEveningInNewYork, ZoneOffset.UTC)
                .key())
        .isEqualTo("2026-11");
  }

  @Test
  void aMonthStartsAtLocalMidnightWhicheverSideOfDaylightSavingItIs() {
    BillingPeriod march = BillingPeriod.parse(BillingCycle.MONTHLY, "2026-03");
    assertThat(march.startsAt(BERLIN))
        .isEqualTo(Instant.parse("2026-02-28T23:00:00Z")); // CET, +01:00
    assertThat(march.endsAt(BERLIN))
        .isEqualTo(Instant.parse("2026-03-31T22:00:00Z")); // CEST, +02:00
    assertThat(Duration.between(march.startsAt(BERLIN), march.endsAt(BERLIN)))
        .isEqualTo(Duration.ofHours(31 * 24 - 1));
    assertThat(march.closesAt(BERLIN, Duration.ofHours(6)))
        .isEqualTo(Instant.parse("2026-04-01T04:00:00Z"));
  }

  @Test
  void theDayDaylightSavingEndsIsTwentyFiveHoursLong() {
    BillingPeriod day = BillingPeriod.parse(BillingCycle.DAILY, "2026-10-25");
    assertThat(Duration.between(day.startsAt(BERLIN), day.endsAt(BERLIN)))
        .isEqualTo(Duration.ofHours(25));
    assertThat(day.contains(Instant.parse("2026-10-25T22:59:59Z"), BERLIN)).isTrue();
    assertThat(day.contains(Instant.parse("2026-10-25T23:00:00Z"), BERLIN)).isFalse();
  }

  @Test
  void aPeriodContainsItsStartButNotItsEnd() {
    BillingPeriod oct = BillingPeriod.parse(BillingCycle.MONTHLY, "2026-10");
    assertThat(oct.contains(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC)).isTrue();
    assertThat(oct.contains(Instant.parse("2026-10-31T23:59:59.999Z"), ZoneOffset.UTC)).isTrue();
    assertThat(oct.contains(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC)).isFalse();
  }
}

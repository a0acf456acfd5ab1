package com.didtron.domain.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BillingPeriodTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);

  @Test
  void aDailyPeriodIsOneUtcDay() {
    BillingPeriod p = BillingPeriod.containing(BillingCycle.DAILY, WEDNESDAY);
    assertThat(p.start()).isEqualTo(WEDNESDAY);
    assertThat(p.end()).isEqualTo(WEDNESDAY.plusDays(1));
    assertThat(p.key()).isEqualTo("2026-03-04");
  }

  @Test
  void aWeeklyPeriodRunsMondayToSundayAndIsNamedByItsIsoWeek() {
    BillingPeriod p = BillingPeriod.containing(BillingCycle.WEEKLY, WEDNESDAY);
    assertThat(p.start()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(p.lastDay()).isEqualTo(LocalDate.of(2026, 3, 8));
    assertThat(p.key()).isEqualTo("2026-W10");
  }

  @Test
  void aMonthlyPeriodIsTheCalendarMonth() {
    BillingPeriod p = BillingPeriod.containing(BillingCycle.MONTHLY, LocalDate.of(2024, 2, 29));
    assertThat(p.start()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(p.key()).isEqualTo("2024-02");
  }

  @Test
  void keysReadBackIntoTheSamePeriodForEveryCycle() {
    for (BillingCycle c : BillingCycle.values()) {
      BillingPeriod p = BillingPeriod.containing(c, WEDNESDAY);
      assertThat(BillingPeriod.parse(c, p.key())).isEqualTo(p);
      assertThat(p.next().previous()).isEqualTo(p);
    }
    assertThat(BillingPeriod.parse(BillingCycle.WEEKLY, "2021-W01").start())
        .isEqualTo(LocalDate.of(2021, 1, 4));
  }

  @Test
  void aBadKeyIsRefusedWithAnExample() {
    assertThatThrownBy(() -> BillingPeriod.parse(BillingCycle.MONTHLY, "March"))
        .hasMessageContaining("not a monthly period: March")
        .hasMessageContaining("2026-03");
  }

  @Test
  void theLastEndedPeriodIsTheOneBeforeTodays() {
    assertThat(BillingPeriod.lastEndedBy(BillingCycle.MONTHLY, WEDNESDAY).key())
        .isEqualTo("2026-02");
    assertThat(BillingPeriod.lastEndedBy(BillingCycle.DAILY, WEDNESDAY).key())
        .isEqualTo("2026-03-03");
  }

  @Test
  void aPeriodClosesItsGraceTimeAfterItsEnd() {
    BillingPeriod p = BillingPeriod.containing(BillingCycle.MONTHLY, WEDNESDAY);
    assertThat(p.closesAt(Duration.ofHours(6))).isEqualTo(Instant.parse("2026-04-01T06:00:00Z"));
  }
}

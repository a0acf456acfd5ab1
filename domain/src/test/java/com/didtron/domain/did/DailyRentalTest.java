package com.didtron.domain.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DailyRentalTest {
  @Test
  void aDayCostsTheMonthlyPriceOverTheDaysOfItsMonth() {
    assertThat(DailyRental.forDay(new BigDecimal("3.10"), LocalDate.of(2026, 1, 15)))
        .isEqualByComparingTo("0.100000");
    assertThat(DailyRental.forDay(new BigDecimal("2.80"), LocalDate.of(2026, 2, 1)))
        .isEqualByComparingTo("0.100000");
    assertThat(DailyRental.forDay(new BigDecimal("2.90"), LocalDate.of(2028, 2, 29)))
        .isEqualByComparingTo("0.100000");
  }

  @Test
  void roundsHalfUpToMicroUnits() {
    // 1 / 30 = 0.0333333…; 2 / 30 = 0.0666666… → 0.066667
    assertThat(DailyRental.forDay(BigDecimal.ONE, LocalDate.of(2026, 4, 1)))
        .isEqualByComparingTo("0.033333");
    assertThat(DailyRental.forDay(new BigDecimal("2"), LocalDate.of(2026, 4, 1)))
        .isEqualByComparingTo("0.066667");
  }

  @Test
  void aNegativeMonthlyPriceIsRefused() {
    assertThatThrownBy(() -> DailyRental.forDay(new BigDecimal("-1"), LocalDate.of(2026, 4, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

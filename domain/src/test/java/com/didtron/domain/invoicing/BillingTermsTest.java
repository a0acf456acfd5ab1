package com.didtron.domain.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BillingTermsTest {
  @Test
  void paymentTermsNameTheCycleDaysAndTheDueDays() {
    assertThat(BillingTerms.DEFAULT.withPaymentTerms("7/7").cycle()).isEqualTo(BillingCycle.WEEKLY);
    BillingTerms semi = BillingTerms.DEFAULT.withPaymentTerms("15/7");
    assertThat(semi.cycle()).isEqualTo(BillingCycle.SEMI_MONTHLY);
    assertThat(semi.dueDays()).isEqualTo(7);
    BillingTerms monthly = BillingTerms.DEFAULT.withPaymentTerms(" 30 / 15 ");
    assertThat(monthly.cycle()).isEqualTo(BillingCycle.MONTHLY);
    assertThat(monthly.paymentTerms()).isEqualTo("30/15");
  }

  @Test
  void anInvoiceIsDueItsDueDaysAfterIssue() {
    assertThat(BillingTerms.DEFAULT.withPaymentTerms("30/15").dueDate(LocalDate.of(2026, 11, 1)))
        .isEqualTo(LocalDate.of(2026, 11, 16));
  }

  @Test
  void unknownCyclesZonesAndRatesAreRefusedWithAClearMessage() {
    assertThatThrownBy(() -> BillingTerms.DEFAULT.withPaymentTerms("10/5"))
        .hasMessage("A billing cycle is 1, 7, 15 or 30 days, not 10");
    assertThatThrownBy(() -> BillingTerms.DEFAULT.withPaymentTerms("monthly"))
        .hasMessageContaining("e.g. 30/15");
    assertThatThrownBy(() -> BillingTerms.zone("Mars/Olympus"))
        .hasMessageContaining("Unknown time zone: Mars/Olympus");
    assertThatThrownBy(
            () ->
                new BillingTerms(BillingCycle.MONTHLY, ZoneId.of("UTC"), new BigDecimal("100"), 15))
        .hasMessageContaining("tax rate");
    assertThatThrownBy(
            () -> new BillingTerms(BillingCycle.MONTHLY, ZoneId.of("UTC"), BigDecimal.ZERO, 400))
        .hasMessageContaining("0 to 365 days");
  }

  @Test
  void noZoneMeansUtc() {
    assertThat(BillingTerms.zone(" ")).isEqualTo(ZoneId.of("UTC"));
    assertThat(BillingTerms.zone("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
  }
}

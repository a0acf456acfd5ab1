package com.didtron.domain.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.domain.invoicing.PaymentAllocation.Applied;
import com.didtron.domain.invoicing.PaymentAllocation.Open;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentAllocationTest {
  private static final UUID SEPTEMBER = UUID.randomUUID();
  private static final UUID OCTOBER = UUID.randomUUID();
  private static final UUID NOVEMBER = UUID.randomUUID();
  private static final List<Open> OPEN =
      List.of(
          new Open(SEPTEMBER, new BigDecimal("100.00")),
          new Open(OCTOBER, new BigDecimal("80.00")),
          new Open(NOVEMBER, new BigDecimal("50.00")));

  @Test
  void aPaymentSettlesTheOldestInvoicesFirstAndPaysThenextInPart() {
    var r = PaymentAllocation.allocate(new BigDecimal("150.00"), OPEN); // 100 + 50 of 80
    assertThat(r.applied())
        .containsExactly(
            new Applied(SEPTEMBER, new BigDecimal("100.00"), true),
            new Applied(OCTOBER, new BigDecimal("50.00"), false));
    assertThat(r.unallocated()).isEqualByComparingTo("0");
  }

  @Test
  void moneyBeyondEveryOpenInvoiceStaysUnallocated() {
    var r = PaymentAllocation.allocate(new BigDecimal("300"), OPEN); // 300 - 230
    assertThat(r.applied()).extracting(Applied::settles).containsExactly(true, true, true);
    assertThat(r.unallocated()).isEqualByComparingTo("70");
  }

  @Test
  void invoicesWithNothingOutstandingAreSkipped() {
    var r =
        PaymentAllocation.allocate(
            new BigDecimal("10"),
            List.of(new Open(SEPTEMBER, BigDecimal.ZERO), new Open(OCTOBER, new BigDecimal("25"))));
    assertThat(r.applied()).containsExactly(new Applied(OCTOBER, new BigDecimal("10"), false));
  }
}

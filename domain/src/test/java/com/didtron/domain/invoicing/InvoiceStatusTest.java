package com.didtron.domain.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InvoiceStatusTest {
  @Test
  void anIssuedInvoiceBecomesOverdueThenPaid() {
    assertThat(InvoiceStatus.ISSUED.moveTo(InvoiceStatus.OVERDUE).moveTo(InvoiceStatus.PAID))
        .isEqualTo(InvoiceStatus.PAID);
    assertThat(InvoiceStatus.OVERDUE.isOpen()).isTrue();
  }

  @Test
  void aPaidOrCancelledInvoiceIsFinal() {
    assertThatThrownBy(() -> InvoiceStatus.PAID.moveTo(InvoiceStatus.OVERDUE))
        .hasMessage("An invoice that is PAID cannot become OVERDUE");
    assertThatThrownBy(() -> InvoiceStatus.CANCELLED.moveTo(InvoiceStatus.PAID))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> InvoiceStatus.OVERDUE.moveTo(InvoiceStatus.ISSUED))
        .isInstanceOf(IllegalStateException.class);
  }
}

package com.didtron.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaymentStatusTest {
  @Test
  void aPendingPaymentCompletesOrFails() {
    assertThat(PaymentStatus.PENDING.complete()).isEqualTo(PaymentStatus.COMPLETED);
    assertThat(PaymentStatus.PENDING.fail()).isEqualTo(PaymentStatus.FAILED);
  }

  @Test
  void aCompletedPaymentIsRefundableAndRefundsIntoARefundedOne() {
    assertThat(PaymentStatus.COMPLETED.isRefundable()).isTrue();
    assertThat(PaymentStatus.COMPLETED.refund()).isEqualTo(PaymentStatus.REFUNDED);
  }

  @Test
  void aPaymentThatIsNotPendingRefusesToCompleteOrFailAgain() {
    assertThatThrownBy(PaymentStatus.COMPLETED::complete)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A payment that is COMPLETED cannot become COMPLETED");
    assertThatThrownBy(PaymentStatus.REFUNDED::fail)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A payment that is REFUNDED cannot become FAILED");
  }

  @Test
  void onlyACompletedPaymentCanBeRefunded() {
    assertThatThrownBy(PaymentStatus.PENDING::refund)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A payment that is PENDING cannot become REFUNDED");
    assertThatThrownBy(PaymentStatus.REFUNDED::refund)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A payment that is REFUNDED cannot become REFUNDED");
    assertThat(PaymentStatus.FAILED.isRefundable()).isFalse();
  }
}

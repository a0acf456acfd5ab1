package com.didtron.domain.payment;

/**
 * A payment's life: PENDING until the provider confirms (COMPLETED) or it fails; REFUNDED after a
 * refund.
 */
public enum PaymentStatus {
  PENDING,
  COMPLETED,
  FAILED,
  CANCELED,
  REFUNDED;

  /** The provider confirmed the money; refused unless the payment is pending. */
  public PaymentStatus complete() {
    return from(PENDING, COMPLETED);
  }

  /** The provider reported a failure; refused unless the payment is pending. */
  public PaymentStatus fail() {
    return from(PENDING, FAILED);
  }

  /** The money went back; refused unless the payment completed. */
  public PaymentStatus refund() {
    return from(COMPLETED, REFUNDED);
  }

  /** Whether a refund may be asked for it. */
  public boolean isRefundable() {
    return this == COMPLETED;
  }

  private PaymentStatus from(PaymentStatus required, PaymentStatus next) {
    if (this != required) {
      throw new IllegalStateException(
          "A payment that is " + name() + " cannot become " + next.name());
    }
    return next;
  }
}

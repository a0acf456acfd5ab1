package com.didtron.domain.payment;

/** A payment's life: PENDING until the provider confirms (COMPLETED) or it fails; REFUNDED after a refund. */
public enum PaymentStatus {
  PENDING,
  COMPLETED,
  FAILED,
  CANCELED,
  REFUNDED
}

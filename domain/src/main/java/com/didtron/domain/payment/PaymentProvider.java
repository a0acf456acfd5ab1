package com.didtron.domain.payment;

/** How a payment reached us. */
public enum PaymentProvider {
  STRIPE,
  PAYPAL,
  /** Entered by finance staff (bank transfer, cash, ...) with a mandatory reason. */
  MANUAL
}

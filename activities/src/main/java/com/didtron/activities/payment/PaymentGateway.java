package com.didtron.activities.payment;

import com.didtron.activities.Facade;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.PaymentProvider;

/**
 * The port a card or wallet provider sits behind (Stripe, PayPal): top-ups and refunds call this,
 * never a provider's adapter. What only one provider has stays in its adapter: verifying the
 * signature of its webhooks, PayPal's capture when the payer returns.
 */
@Facade
public interface PaymentGateway {
  /** The provider this adapter speaks to. */
  PaymentProvider provider();

  /** Why the provider cannot be used right now (settings missing), or null when it can. */
  String unavailableReason();

  /**
   * Opens a checkout at the provider for a pending payment. {@code returnBase} is the portal's
   * external base URL, {@code back} the payment's page on it; the adapter decides where the payer
   * lands after paying (Stripe: back to the page; PayPal: our return endpoint, which captures).
   */
  Checkout checkout(Payment payment, String returnBase, String back);

  /** Refunds a completed payment at the provider. */
  void refund(Payment payment);
}

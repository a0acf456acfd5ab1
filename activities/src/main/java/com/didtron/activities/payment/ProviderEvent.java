package com.didtron.activities.payment;

import com.didtron.domain.money.Money;
import com.didtron.domain.payment.PaymentProvider;
import java.util.UUID;

/**
 * A verified provider notification, reduced to what DIDTron needs.
 *
 * @param eventId the provider's event id: each is processed once
 * @param paymentId our payment, from the metadata we sent with the checkout (null if absent)
 * @param amount what the provider says was paid (null for events that carry none)
 */
public record ProviderEvent(
    PaymentProvider provider,
    String eventId,
    String type,
    Outcome outcome,
    UUID paymentId,
    String providerRef,
    String providerPaymentRef,
    Money amount) {

  /** What the event means for the payment. */
  public enum Outcome {
    COMPLETED,
    FAILED,
    IGNORED
  }
}

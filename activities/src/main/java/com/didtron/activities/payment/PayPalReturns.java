package com.didtron.activities.payment;

import com.didtron.activities.account.AccountService;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.payment.Payment;
import com.didtron.domain.payment.PaymentProvider;
import com.didtron.domain.payment.PaymentStatus;
import org.springframework.stereotype.Service;

/**
 * The payer's return from PayPal after approving an order: the order is captured and the capture
 * applied like any provider event (so a webhook for the same capture credits nothing more).
 */
@Service
public class PayPalReturns {
  private final JooqPaymentRepository payments;
  private final AccountService accounts;
  private final PayPalGateway paypal;
  private final PaymentEvents events;

  PayPalReturns(
      JooqPaymentRepository payments,
      AccountService accounts,
      PayPalGateway paypal,
      PaymentEvents events) {
    this.payments = payments;
    this.accounts = accounts;
    this.paypal = paypal;
    this.events = events;
  }

  /**
   * Captures the order {@code orderId} of a payment the actor may see; returns the payment after.
   */
  public Payment capture(Actor actor, String orderId) {
    Payment p =
        payments
            .byRef(PaymentProvider.PAYPAL, orderId)
            .orElseThrow(() -> new AccessDenied("No such payment"));
    accounts.get(actor, p.accountId());
    if (p.status() == PaymentStatus.PENDING) {
      events.apply(paypal.capture(orderId, p.id()));
    }
    return payments.get(p.id()).orElseThrow();
  }
}

package com.didtron.activities.payment;

import com.didtron.activities.Facade;
import com.didtron.domain.money.Money;
import com.didtron.domain.payment.Payment;

/**
 * Told of every completed payment, in the transaction that credits it: invoicing settles the oldest
 * open invoices with it. {@code credited} is what reached the customer's balance, in the account's
 * currency (after conversion). Implementations must not open their own transaction.
 */
@Facade
public interface PaymentReceivers {
  void received(Payment payment, Money credited);
}

package com.didtron.activities.payment;

import com.didtron.domain.account.AccountDraft.FieldError;
import com.didtron.domain.payment.Payment;
import java.util.List;

/**
 * The outcome of a payment request: done (with the payment as it now stands) or rejected per field.
 */
public sealed interface PaymentChange {
  record Done(Payment payment) implements PaymentChange {}

  record Rejected(List<FieldError> errors) implements PaymentChange {
    public Rejected {
      errors = List.copyOf(errors);
    }

    public String message() {
      return String.join("; ", errors.stream().map(FieldError::message).toList());
    }
  }

  static Rejected rejected(String field, String message) {
    return new Rejected(List.of(new FieldError(field, message)));
  }
}

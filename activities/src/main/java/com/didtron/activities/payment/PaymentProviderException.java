package com.didtron.activities.payment;

/** A payment provider refused or could not be reached; the message is safe to show. */
public class PaymentProviderException extends RuntimeException {
  public PaymentProviderException(String message, Throwable cause) {
    super(message, cause);
  }
}

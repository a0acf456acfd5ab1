package com.didtron.domain.account;

/**
 * Prepaid: calls allowed while the balance is above zero. Postpaid: down to minus the credit limit.
 */
public enum BillingMode {
  PREPAID,
  POSTPAID
}

package com.didtron.activities.kyc.identity;

/** An identity webhook whose signature does not verify: rejected and logged, never applied. */
public class BadIdentityWebhook extends RuntimeException {
  public BadIdentityWebhook(String message) {
    super(message);
  }
}

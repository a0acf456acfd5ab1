package com.didtron.activities.payment;

/** A webhook whose signature does not verify: it is rejected and logged, never processed. */
public class BadSignature extends RuntimeException {
  public BadSignature(String message) {
    super(message);
  }
}

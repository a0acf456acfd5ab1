package com.didtron.domain.account;

/** Lifecycle of an account; only ACTIVE accounts may place calls. */
public enum AccountStatus {
  ACTIVE,
  /** Signed up and not approved yet: the switch refuses its calls (docs/onboarding.md). */
  PENDING,
  SUSPENDED,
  CLOSED
}

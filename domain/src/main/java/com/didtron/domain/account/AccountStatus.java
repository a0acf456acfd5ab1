package com.didtron.domain.account;

/** Lifecycle of an account; only ACTIVE accounts may place calls. */
public enum AccountStatus {
  ACTIVE,
  SUSPENDED,
  CLOSED
}

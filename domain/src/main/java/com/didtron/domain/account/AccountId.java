package com.didtron.domain.account;

import java.util.Objects;
import java.util.UUID;

/** Identifies a customer or carrier account. */
public record AccountId(UUID value) {
  public AccountId {
    Objects.requireNonNull(value, "account id");
  }

  public static AccountId of(String value) {
    return new AccountId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

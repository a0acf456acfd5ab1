package com.didtron.domain.ledger;

import java.util.Objects;
import java.util.UUID;

/** Identifies an account of the chart of accounts (not a customer/carrier account). */
public record LedgerAccountId(UUID value) {
  public LedgerAccountId {
    Objects.requireNonNull(value, "ledger account id");
  }

  public static LedgerAccountId of(String value) {
    return new LedgerAccountId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

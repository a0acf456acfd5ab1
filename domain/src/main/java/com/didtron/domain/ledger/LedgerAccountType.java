package com.didtron.domain.ledger;

import java.math.BigDecimal;

/**
 * The accounting nature of a ledger account: on which side its balance normally stands. Balances
 * are stored debit-positive; {@link #normalBalance} turns one into the figure people expect (e.g.
 * revenue as a positive number).
 */
public enum LedgerAccountType {
  ASSET(true),
  LIABILITY(false),
  REVENUE(false),
  EXPENSE(true);

  private final boolean debitNormal;

  LedgerAccountType(boolean debitNormal) {
    this.debitNormal = debitNormal;
  }

  public boolean debitNormal() {
    return debitNormal;
  }

  /** The debit-positive balance shown on the account's normal side. */
  public BigDecimal normalBalance(BigDecimal debitPositive) {
    return debitNormal ? debitPositive : debitPositive.negate();
  }
}

package com.didtron.domain.ledger;

import com.didtron.domain.money.Money;
import java.util.Objects;

/**
 * One line of a journal entry to be posted: an amount on one ledger account, positive for a debit
 * and negative for a credit. Use {@link #debit} and {@link #credit} rather than signing by hand.
 */
public record Posting(LedgerAccountId account, Money amount, String memo) {
  public Posting {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(amount, "amount");
    if (amount.isZero()) {
      throw new IllegalArgumentException("a posting of zero moves nothing; leave it out");
    }
  }

  /** Debits {@code amount} (which must be positive) to {@code account}. */
  public static Posting debit(LedgerAccountId account, Money amount, String memo) {
    return new Posting(account, positive(amount), memo);
  }

  /** Credits {@code amount} (which must be positive) to {@code account}. */
  public static Posting credit(LedgerAccountId account, Money amount, String memo) {
    return new Posting(account, positive(amount).negate(), memo);
  }

  public boolean isDebit() {
    return !amount.isNegative();
  }

  /** The same amount on the other side: how a reversal undoes this line. */
  public Posting reversed() {
    return new Posting(account, amount.negate(), memo);
  }

  private static Money positive(Money amount) {
    if (amount.isNegative() || amount.isZero()) {
      throw new IllegalArgumentException(
          "debit and credit amounts must be positive, not " + amount);
    }
    return amount;
  }
}

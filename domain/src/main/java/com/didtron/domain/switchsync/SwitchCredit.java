package com.didtron.domain.switchsync;

import com.didtron.domain.account.BillingMode;
import com.didtron.domain.balance.CustomerBalance;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A customer's credit as a hosted switch holds it (ConnexCS: {@code credit} and {@code
 * debit_limit}): the switch admits new calls while {@code credit + debitLimit > 0}, so it reaches
 * the same decision as {@link CustomerBalance#canCall()}.
 *
 * @param credit the customer's funds with us: positive = prepaid funds, negative = owes us
 * @param debitLimit how far below zero the switch lets the credit go: 0 for prepaid, the credit
 *     limit for postpaid (never negative: DIDTron keeps no prepaid buffer)
 */
public record SwitchCredit(BigDecimal credit, BigDecimal debitLimit) {
  public SwitchCredit {
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(debitLimit, "debitLimit");
  }

  /** The switch's copy of this balance. */
  public static SwitchCredit of(CustomerBalance balance) {
    return new SwitchCredit(
        balance.funds().amount(), debitLimit(balance.billingMode(), balance.creditLimit()));
  }

  /**
   * The switch's {@code debit_limit} for an account: prepaid accounts may not go below zero (0);
   * postpaid accounts down to minus their credit limit (the limit itself, a missing limit being 0).
   *
   * @throws IllegalArgumentException for a negative credit limit, which no account may have
   */
  public static BigDecimal debitLimit(BillingMode mode, BigDecimal creditLimit) {
    Objects.requireNonNull(mode, "mode");
    if (mode == BillingMode.PREPAID || creditLimit == null) {
      return BigDecimal.ZERO;
    }
    if (creditLimit.signum() < 0) {
      throw new IllegalArgumentException(
          "A credit limit cannot be negative: " + creditLimit.toPlainString());
    }
    return creditLimit;
  }

  /** What the switch lets the customer still spend. */
  public BigDecimal available() {
    return credit.add(debitLimit);
  }
}

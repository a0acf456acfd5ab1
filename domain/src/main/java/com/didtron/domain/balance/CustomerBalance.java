package com.didtron.domain.balance;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A customer's balance as the customer and the switch see it, in the account's currency.
 *
 * @param funds what the customer has with us: positive = prepaid funds, negative = owes us (the
 *     ledger's customer sub-account balance with the sign turned)
 * @param creditLimit how far below zero a postpaid account may go (zero for prepaid)
 */
public record CustomerBalance(
    TenantId tenantId,
    AccountId accountId,
    BillingMode billingMode,
    Money funds,
    BigDecimal creditLimit) {
  public CustomerBalance {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(billingMode, "billingMode");
    Objects.requireNonNull(funds, "funds");
    creditLimit =
        billingMode == BillingMode.PREPAID || creditLimit == null ? BigDecimal.ZERO : creditLimit;
  }

  /** What may still be spent: the funds, plus the credit limit for postpaid accounts. */
  public Money available() {
    return funds.plus(new Money(creditLimit, funds.currency()));
  }

  /** Calls are allowed while something is available (prepaid: balance above zero). */
  public boolean canCall() {
    return available().amount().signum() > 0;
  }
}

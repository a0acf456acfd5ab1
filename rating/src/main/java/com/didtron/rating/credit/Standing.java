package com.didtron.rating.credit;

import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.trunk.AccountLimits;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What the ledger and the account say about one account, as credit control needs it.
 *
 * @param funds the customer's money with us (positive = prepaid funds; negative = owes us)
 * @param creditLimit how far below zero a postpaid account may go (ignored for prepaid)
 * @param trunks the limits of the account's ingress trunks, by trunk id
 */
public record Standing(
    AccountStatus status,
    BillingMode billingMode,
    BigDecimal funds,
    BigDecimal creditLimit,
    AccountLimits limits,
    Map<String, TrunkLimits> trunks) {
  public Standing {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(billingMode, "billingMode");
    Objects.requireNonNull(funds, "funds");
    Objects.requireNonNull(limits, "limits");
    creditLimit = creditLimit == null ? BigDecimal.ZERO : creditLimit;
    trunks = Map.copyOf(trunks);
  }

  /** What may be spent before counting reservations: funds, plus the credit limit if postpaid. */
  public BigDecimal spendable() {
    return billingMode == BillingMode.POSTPAID ? funds.add(creditLimit) : funds;
  }

  /** The same standing with other funds (a balance change from the ledger). */
  public Standing withFunds(BigDecimal newFunds, BigDecimal newCreditLimit, BillingMode mode) {
    return new Standing(status, mode, newFunds, newCreditLimit, limits, trunks);
  }

  /** Concurrency limits of one ingress trunk; null means unlimited. */
  public record TrunkLimits(Integer maxChannels, Integer maxCps) {}
}

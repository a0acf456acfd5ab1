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
 * @param blocked why the account's new calls are blocked while it stays active (a call block by the
 *     fraud detector or staff, an overdue invoice), or null
 */
public record Standing(
    AccountStatus status,
    BillingMode billingMode,
    BigDecimal funds,
    BigDecimal creditLimit,
    AccountLimits limits,
    Map<String, TrunkLimits> trunks,
    String blocked) {
  public Standing {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(billingMode, "billingMode");
    Objects.requireNonNull(funds, "funds");
    Objects.requireNonNull(limits, "limits");
    creditLimit = creditLimit == null ? BigDecimal.ZERO : creditLimit;
    trunks = Map.copyOf(trunks);
    blocked = blocked == null || blocked.isBlank() ? null : blocked.strip();
  }

  /** A standing whose new calls are not blocked. */
  public Standing(
      AccountStatus status,
      BillingMode billingMode,
      BigDecimal funds,
      BigDecimal creditLimit,
      AccountLimits limits,
      Map<String, TrunkLimits> trunks) {
    this(status, billingMode, funds, creditLimit, limits, trunks, null);
  }

  /** What may be spent before counting reservations: funds, plus the credit limit if postpaid. */
  public BigDecimal spendable() {
    return billingMode == BillingMode.POSTPAID ? funds.add(creditLimit) : funds;
  }

  /** The same standing with other funds (a balance change from the ledger). */
  public Standing withFunds(BigDecimal newFunds, BigDecimal newCreditLimit, BillingMode mode) {
    return new Standing(status, mode, newFunds, newCreditLimit, limits, trunks, blocked);
  }

  /** Concurrency limits of one ingress trunk; null means unlimited. */
  public record TrunkLimits(Integer maxChannels, Integer maxCps) {}
}

package com.didtron.domain.usage;

import com.didtron.domain.money.Money;
import java.util.Objects;
import java.util.UUID;

/**
 * The rated usage of one account on one leg within a batch.
 *
 * @param accountId the customer (leg {@link Leg#CUSTOMER}) or carrier (leg {@link Leg#CARRIER})
 * @param leg which side of the calls this is
 * @param amount the summed per-call costs in the rate card's currency (what the customer owes us,
 *     or what we owe the carrier)
 * @param calls how many rated calls are summed
 * @param billableSeconds their summed billable seconds
 */
public record UsageCharge(UUID accountId, Leg leg, Money amount, long calls, long billableSeconds) {
  /** The side of a call a charge belongs to. */
  public enum Leg {
    /** What the customer owes us for its calls (its sell deck). */
    CUSTOMER,
    /** What we owe the carrier that terminated the calls (its buy deck). */
    CARRIER
  }

  public UsageCharge {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(leg, "leg");
    Objects.requireNonNull(amount, "amount");
  }
}

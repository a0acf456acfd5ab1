package com.didtron.domain.trunk;

import com.didtron.domain.account.AccountId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The fraud and capacity limits of one account that the switch enforces. A null limit is unlimited;
 * amounts are in the account's currency.
 *
 * @param dailySpendCap the most the account may spend in a rolling 24 hours
 * @param maxRatePerMinute the highest per-minute rate a call may be routed at
 * @param blockedPrefixes destination prefixes refused outright, sorted and without duplicates
 * @param updatedAt when the limits were last set, or null when never
 */
public record AccountLimits(
    AccountId accountId,
    Integer maxChannels,
    Integer maxCps,
    BigDecimal dailySpendCap,
    BigDecimal maxRatePerMinute,
    List<String> blockedPrefixes,
    Instant updatedAt) {

  public AccountLimits {
    blockedPrefixes = List.copyOf(blockedPrefixes);
  }

  /** No limits at all: what an account has until someone sets them. */
  public static AccountLimits none(AccountId account) {
    return new AccountLimits(account, null, null, null, null, List.of(), null);
  }
}

package com.didtron.ui.api.trunk;

import com.didtron.domain.trunk.AccountLimits;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account's limits; amounts are decimal strings in the account's currency, null is unlimited.
 */
public record LimitsJson(
    UUID accountId,
    Integer maxChannels,
    Integer maxCps,
    String dailySpendCap,
    String maxRatePerMinute,
    List<String> blockedPrefixes,
    Instant updatedAt) {
  static LimitsJson of(AccountLimits l) {
    return new LimitsJson(
        l.accountId().value(),
        l.maxChannels(),
        l.maxCps(),
        plain(l.dailySpendCap()),
        plain(l.maxRatePerMinute()),
        l.blockedPrefixes(),
        l.updatedAt());
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? null : amount.stripTrailingZeros().toPlainString();
  }
}

package com.didtron.ui.api.trunk;

import com.didtron.domain.trunk.LimitsDraft;
import java.math.BigDecimal;
import java.util.List;

/**
 * The limits a caller sets; every field replaces the stored one, and a missing one means unlimited.
 * Amounts are JSON numbers or decimal strings, read exactly (never as floating point).
 */
public record LimitsRequest(
    Integer maxChannels,
    Integer maxCps,
    BigDecimal dailySpendCap,
    BigDecimal maxRatePerMinute,
    List<String> blockedPrefixes) {
  LimitsDraft toDraft() {
    return new LimitsDraft(maxChannels, maxCps, dailySpendCap, maxRatePerMinute, blockedPrefixes);
  }
}

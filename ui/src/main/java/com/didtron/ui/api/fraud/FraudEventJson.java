package com.didtron.ui.api.fraud;

import com.didtron.domain.fraud.FraudEvent;
import java.math.BigDecimal;

/** A fraud event over the API; amounts and figures as exact decimals. */
public record FraudEventJson(
    String id,
    String accountId,
    String account,
    String metric,
    String unit,
    BigDecimal observed,
    BigDecimal threshold,
    int sample,
    String action,
    String reason,
    String openedAt,
    boolean open,
    String clearedAt,
    String clearedBy,
    String clearNote) {

  static FraudEventJson of(FraudEvent e) {
    return new FraudEventJson(
        e.id().toString(),
        e.accountId().toString(),
        e.accountName(),
        e.metric().name(),
        e.metric().unit(),
        plain(e.observed()),
        plain(e.threshold()),
        e.sample(),
        e.action().name(),
        e.reason(),
        e.openedAt().toString(),
        e.isOpen(),
        e.clearedAt() == null ? null : e.clearedAt().toString(),
        e.clearedBy(),
        e.clearNote());
  }

  /** Without trailing zeros and never in exponent form (50, not 5E+1). */
  private static BigDecimal plain(BigDecimal d) {
    return new BigDecimal(d.stripTrailingZeros().toPlainString());
  }
}

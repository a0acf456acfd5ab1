package com.didtron.domain.fraud;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A fraud condition found on an account's recent CDRs and what was done about it. At most one event
 * per account and metric is open (not cleared); a condition that persists updates it instead of
 * opening another.
 *
 * @param observed the metric's value when the event was opened or last escalated, in {@link
 *     FraudMetric#unit()}
 * @param threshold the table's threshold that value reached, in the same unit
 * @param sample the calls the value was computed from
 * @param reason why, in words: the table's rule with the figures
 * @param clearedBy who cleared it (null while open)
 */
public record FraudEvent(
    FraudEventId id,
    TenantId tenantId,
    AccountId accountId,
    String accountName,
    FraudMetric metric,
    BigDecimal observed,
    BigDecimal threshold,
    int sample,
    FraudAction action,
    String reason,
    Instant openedAt,
    Instant clearedAt,
    String clearedBy,
    String clearNote) {

  public boolean isOpen() {
    return clearedAt == null;
  }
}

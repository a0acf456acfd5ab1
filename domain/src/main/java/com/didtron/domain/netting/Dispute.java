package com.didtron.domain.netting;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;

/** An amount we dispute on a carrier's charges; OPEN disputes are held out of netting. */
public record Dispute(
    UUID id,
    TenantId tenantId,
    AccountId accountId,
    String accountName,
    CurrencyCode currency,
    Money amount,
    String reason,
    DisputeStatus status,
    UUID reconciliationId,
    String openedBy,
    Instant openedAt,
    String closedBy,
    Instant closedAt,
    String resolution) {

  public boolean isOpen() {
    return status == DisputeStatus.OPEN;
  }
}

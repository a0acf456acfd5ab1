package com.didtron.domain.netting;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.money.Money;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * A proposal to offset what a company owes us as a customer against what we owe it as a carrier, in
 * one currency: PROPOSED until finance decides, then APPROVED (posted, numbered, printed) or
 * REJECTED.
 */
public record NettingRequest(
    UUID id,
    TenantId tenantId,
    AccountId accountId,
    String accountName,
    CurrencyCode currency,
    String periodKey,
    Money customerOwes,
    Money weOwe,
    Money disputed,
    Money offset,
    Money threshold,
    NettingStatus status,
    String number,
    Instant proposedAt,
    String workflowId,
    String decidedBy,
    Instant decidedAt,
    String decisionNote,
    boolean hasPdf) {

  public boolean isProposed() {
    return status == NettingStatus.PROPOSED;
  }
}

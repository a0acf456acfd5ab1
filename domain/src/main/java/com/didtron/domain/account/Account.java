package com.didtron.domain.account;

import com.didtron.domain.money.CurrencyCode;
import com.didtron.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer or carrier account as stored. The currency is fixed at creation (as on ConnexCS): a
 * balance cannot change currency.
 */
public record Account(
    AccountId id,
    TenantId tenantId,
    String name,
    AccountKind kind,
    CurrencyCode currency,
    BillingMode billingMode,
    BigDecimal creditLimit,
    AccountStatus status,
    String email,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant deletedAt) {

  public boolean isDeleted() {
    return deletedAt != null;
  }

  /** The editable part of this account, e.g. to pre-fill a form. */
  public AccountDraft toDraft() {
    return new AccountDraft(name, kind, currency.code(), billingMode, creditLimit, status, email);
  }
}

package com.didtron.domain.ledger;

import com.didtron.domain.account.AccountId;
import com.didtron.domain.tenant.TenantId;
import java.util.Objects;

/**
 * An account of a tenant's chart of accounts.
 *
 * @param code the account number: {@code 4000}, or {@code 1100-<12 hex>} for a party sub-account
 * @param party the customer/carrier of a sub-account, else null
 * @param parent the control account above a sub-account, else null
 * @param postable whether postings may go here (control accounts of per-party purposes take none)
 */
public record LedgerAccount(
    LedgerAccountId id,
    TenantId tenantId,
    String code,
    String name,
    LedgerAccountType type,
    LedgerPurpose purpose,
    AccountId party,
    LedgerAccountId parent,
    boolean postable) {
  public LedgerAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(purpose, "purpose");
  }

  /** The code of the sub-account of {@code party} below the control account of {@code purpose}. */
  public static String partyCode(LedgerPurpose purpose, AccountId party) {
    String hex = party.value().toString().replace("-", "");
    return purpose.code() + "-" + hex.substring(hex.length() - 12);
  }
}

package com.didtron.activities.cdr;

import com.didtron.activities.account.Accounts;
import com.didtron.domain.account.Account;
import com.didtron.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * How CDRs name accounts: a CDR's {@code account} and {@code carrier} columns hold the account's
 * name (any case) or its id. One snapshot of a tenant's live accounts per ingest or re-rate chunk.
 */
final class AccountDirectory {
  private final Map<String, UUID> byName = new HashMap<>();
  private final Map<UUID, UUID> ids = new HashMap<>();

  private AccountDirectory() {}

  static AccountDirectory of(Accounts accounts, UUID tenant) {
    AccountDirectory d = new AccountDirectory();
    for (Account a : accounts.live(new TenantId(tenant))) {
      d.byName.put(a.name().toLowerCase(Locale.ROOT), a.id().value());
      d.ids.put(a.id().value(), a.id().value());
    }
    return d;
  }

  /** The account a CDR names, or null when the tenant has no such live account. */
  UUID resolve(String ref) {
    if (ref == null || ref.isBlank()) {
      return null;
    }
    UUID named = byName.get(ref.strip().toLowerCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    try {
      return ids.get(UUID.fromString(ref.strip()));
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }
}

package com.didtron.activities.cdr;

import static com.didtron.activities.db.Tables.ACCOUNT;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * How CDRs name accounts: a CDR's {@code account} and {@code carrier} columns hold the account's
 * name (any case) or its id. One snapshot of a tenant's live accounts per ingest or re-rate chunk.
 */
final class AccountDirectory {
  private final Map<String, UUID> byName = new HashMap<>();
  private final Map<UUID, UUID> ids = new HashMap<>();

  private AccountDirectory() {}

  static AccountDirectory of(DSLContext db, UUID tenant) {
    AccountDirectory d = new AccountDirectory();
    db.select(ACCOUNT.ID, ACCOUNT.NAME).from(ACCOUNT)
        .where(ACCOUNT.TENANT_ID.eq(tenant).and(ACCOUNT.DELETED_AT.isNull()))
        .forEach(r -> {
          d.byName.put(r.value2().toLowerCase(Locale.ROOT), r.value1());
          d.ids.put(r.value1(), r.value1());
        });
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

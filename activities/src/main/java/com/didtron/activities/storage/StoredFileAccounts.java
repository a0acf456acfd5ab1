package com.didtron.activities.storage;

import static com.didtron.activities.db.Tables.STORED_FILE;

import com.didtron.activities.account.AccountReferences;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Any stored file row, deleted or not, keeps its account from being purged. */
@Component
class StoredFileAccounts implements AccountReferences {
  private final DSLContext db;

  StoredFileAccounts(DSLContext db) {
    this.db = db;
  }

  @Override
  public Set<UUID> referenced(Collection<UUID> accountIds) {
    return AccountReferences.among(db, STORED_FILE.ACCOUNT_ID, accountIds);
  }
}

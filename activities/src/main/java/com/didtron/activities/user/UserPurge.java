package com.didtron.activities.user;

import static com.didtron.activities.db.Tables.APP_USER;

import com.didtron.activities.account.AccountReferences;
import com.didtron.activities.retention.SoftDeletePurge;
import com.didtron.activities.retention.SoftDeletedRows;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Purges users deleted past their retention period (first: they keep their accounts alive). */
@Component
class UserPurge implements SoftDeletedRows, AccountReferences {
  private static final SoftDeletePurge.Rows ROWS =
      new SoftDeletePurge.Rows(
          "user",
          APP_USER,
          APP_USER.ID,
          APP_USER.TENANT_ID,
          APP_USER.DELETED_AT,
          Set.of("password_hash"));

  private final SoftDeletePurge purge;
  private final DSLContext db;

  UserPurge(SoftDeletePurge purge, DSLContext db) {
    this.purge = purge;
    this.db = db;
  }

  @Override
  public String entityType() {
    return ROWS.entityType();
  }

  @Override
  public int purgeOrder() {
    return 10;
  }

  @Override
  public Batch purge(Instant deletedBefore, int batchSize, String workflowId) {
    return purge.purge(ROWS, DSL.falseCondition(), deletedBefore, batchSize, workflowId);
  }

  /** Any user row, deleted or not, keeps its account (as the purge always did). */
  @Override
  public Set<UUID> referenced(Collection<UUID> accountIds) {
    return AccountReferences.among(db, APP_USER.ACCOUNT_ID, accountIds);
  }
}

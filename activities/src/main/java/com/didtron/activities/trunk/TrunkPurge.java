package com.didtron.activities.trunk;

import static com.didtron.activities.db.Tables.TRUNK;

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

/**
 * Purges trunks deleted past their retention period, before their accounts; the HA1 is never
 * audited.
 */
@Component
class TrunkPurge implements SoftDeletedRows, AccountReferences {
  private static final SoftDeletePurge.Rows ROWS =
      new SoftDeletePurge.Rows(
          "trunk", TRUNK, TRUNK.ID, TRUNK.TENANT_ID, TRUNK.DELETED_AT, Set.of("digest_ha1"));

  private final SoftDeletePurge purge;
  private final DSLContext db;

  TrunkPurge(SoftDeletePurge purge, DSLContext db) {
    this.purge = purge;
    this.db = db;
  }

  @Override
  public String entityType() {
    return ROWS.entityType();
  }

  @Override
  public int purgeOrder() {
    return 20;
  }

  @Override
  public Batch purge(Instant deletedBefore, int batchSize, String workflowId) {
    return purge.purge(ROWS, DSL.falseCondition(), deletedBefore, batchSize, workflowId);
  }

  /** Any trunk row, deleted or not, keeps its account. */
  @Override
  public Set<UUID> referenced(Collection<UUID> accountIds) {
    return AccountReferences.among(db, TRUNK.ACCOUNT_ID, accountIds);
  }
}

package com.didtron.activities.account;

import static com.didtron.activities.db.Tables.ACCOUNT;

import com.didtron.activities.retention.SoftDeletePurge;
import com.didtron.activities.retention.SoftDeletedRows;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Purges accounts deleted past their retention period, after their users and trunks; an account
 * that a user, rate card or trunk still references is kept (each asked through {@link
 * AccountReferences}).
 */
@Component
class AccountPurge implements SoftDeletedRows {
  private static final SoftDeletePurge.Rows ROWS =
      new SoftDeletePurge.Rows(
          "account", ACCOUNT, ACCOUNT.ID, ACCOUNT.TENANT_ID, ACCOUNT.DELETED_AT, Set.of());

  private final SoftDeletePurge purge;
  private final List<AccountReferences> references;

  AccountPurge(SoftDeletePurge purge, List<AccountReferences> references) {
    this.purge = purge;
    this.references = references;
  }

  @Override
  public String entityType() {
    return ROWS.entityType();
  }

  @Override
  public int purgeOrder() {
    return 100;
  }

  @Override
  public Batch purge(Instant deletedBefore, int batchSize, String workflowId) {
    List<UUID> expired = purge.expiredIds(ROWS, deletedBefore);
    Set<UUID> referenced = new HashSet<>();
    if (!expired.isEmpty()) {
      references.forEach(r -> referenced.addAll(r.referenced(expired)));
    }
    return purge.purge(
        ROWS,
        referenced.isEmpty()
            ? DSL.falseCondition()
            : ACCOUNT.ID.eq(DSL.any(referenced.toArray(UUID[]::new))),
        deletedBefore,
        batchSize,
        workflowId);
  }
}

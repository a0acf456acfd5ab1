package com.didtron.activities.retention;

import com.didtron.activities.Facade;
import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to purge soft-deleted rows, used by each owner's {@link SoftDeletedRows}: the owner
 * passes its own table and what keeps a row; this removes the oldest expired rows in one batch
 * (rows locked by someone else are skipped) and audits each.
 */
@Facade
@Component
public class SoftDeletePurge {
  static final String ACTOR = "retention-purge";

  private final DSLContext db;
  private final AuditTrail audit;

  SoftDeletePurge(DSLContext db, AuditTrail audit) {
    this.db = db;
    this.audit = audit;
  }

  /** A soft-deleted table as its owner describes it. */
  public record Rows(
      String entityType,
      Table<?> table,
      Field<UUID> id,
      Field<UUID> tenant,
      Field<Instant> deletedAt,
      Set<String> secretColumns) {}

  /**
   * Purges one batch of {@code rows} deleted before {@code cutoff}, keeping those {@code kept}
   * holds.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public SoftDeletedRows.Batch purge(
      Rows rows, Condition kept, Instant cutoff, int batchSize, String workflowId) {
    Condition expired = rows.deletedAt().isNotNull().and(rows.deletedAt().lt(cutoff));
    List<? extends Record> batch =
        db.selectFrom(rows.table())
            .where(expired.andNot(kept))
            .orderBy(rows.deletedAt())
            .limit(batchSize)
            .forUpdate()
            .skipLocked()
            .fetch();
    for (Record row : batch) {
      TenantId tenant = new TenantId(row.get(rows.tenant()));
      db.deleteFrom(rows.table()).where(rows.id().eq(row.get(rows.id()))).execute();
      audit.record(
          Actor.system(ACTOR, tenant),
          tenant,
          AuditAction.PURGE,
          rows.entityType(),
          row.get(rows.id()).toString(),
          withoutSecrets(row, rows.secretColumns()),
          null,
          workflowId);
    }
    return new SoftDeletedRows.Batch(batch.size(), db.fetchCount(rows.table(), expired.and(kept)));
  }

  /**
   * The ids of rows deleted before {@code cutoff} (the candidates whose references an owner
   * checks).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<UUID> expiredIds(Rows rows, Instant cutoff) {
    return db.select(rows.id())
        .from(rows.table())
        .where(rows.deletedAt().isNotNull().and(rows.deletedAt().lt(cutoff)))
        .fetch(rows.id());
  }

  private static Map<String, Object> withoutSecrets(Record row, Set<String> secrets) {
    Map<String, Object> state = new LinkedHashMap<>();
    for (Field<?> f : row.fields()) {
      if (!secrets.contains(f.getName())) {
        Object v = row.get(f);
        state.put(f.getName(), v instanceof Object[] array ? List.of(array) : v);
      }
    }
    return state;
  }
}

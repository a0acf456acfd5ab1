package com.didtron.activities.retention;

import static com.didtron.activities.db.Tables.ACCOUNT;
import static com.didtron.activities.db.Tables.APP_USER;
import static com.didtron.activities.db.Tables.RATE_CARD;
import static com.didtron.activities.db.Tables.RETENTION_POLICY;
import static com.didtron.activities.db.Tables.TRUNK;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.retention.RetentionPolicy;
import com.didtron.domain.tenant.TenantId;
import com.didtron.workflows.retention.PurgeBatchRequest;
import com.didtron.workflows.retention.PurgeBatchResult;
import com.didtron.workflows.retention.PurgePlan;
import com.didtron.workflows.retention.PurgePlanRequest;
import com.didtron.workflows.retention.RetentionPurgeActivities;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention purge's steps over PostgreSQL. Each batch is one transaction: the rows removed and
 * their PURGE audit entries (with the row as it was, secrets left out) commit together.
 */
@Component
public class RetentionPurgeActivitiesImpl implements RetentionPurgeActivities {
  static final String ACTOR = "retention-purge";
  /** Children before parents, so a parent is not kept alive by a child purged in the same run. */
  private static final List<String> ORDER = List.of("user", "trunk", "account");
  private static final Set<String> SECRET_COLUMNS = Set.of("password_hash", "digest_ha1");

  /** A table whose rows are soft deleted and purged, and what may still point at a row. */
  private record Purgeable(Table<?> table, Field<UUID> id, Field<UUID> tenant,
      Field<Instant> deletedAt, Condition referenced) {}

  private static final Map<String, Purgeable> PURGEABLE = Map.of(
      "user", new Purgeable(APP_USER, APP_USER.ID, APP_USER.TENANT_ID, APP_USER.DELETED_AT,
          DSL.falseCondition()),
      "trunk", new Purgeable(TRUNK, TRUNK.ID, TRUNK.TENANT_ID, TRUNK.DELETED_AT, DSL.falseCondition()),
      "account", new Purgeable(ACCOUNT, ACCOUNT.ID, ACCOUNT.TENANT_ID, ACCOUNT.DELETED_AT,
          DSL.exists(DSL.selectOne().from(APP_USER).where(APP_USER.ACCOUNT_ID.eq(ACCOUNT.ID)))
              .or(DSL.exists(DSL.selectOne().from(RATE_CARD)
                  .where(RATE_CARD.OWNER_ACCOUNT_ID.eq(ACCOUNT.ID))))
              .or(DSL.exists(DSL.selectOne().from(TRUNK).where(TRUNK.ACCOUNT_ID.eq(ACCOUNT.ID))))));

  private final DSLContext db;
  private final AuditTrail audit;
  private final Clock clock;

  public RetentionPurgeActivitiesImpl(DSLContext db, AuditTrail audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public PurgePlan plan(PurgePlanRequest request) {
    List<String> types = db.select(RETENTION_POLICY.ENTITY_TYPE).from(RETENTION_POLICY)
        .fetch(RETENTION_POLICY.ENTITY_TYPE).stream()
        .filter(PURGEABLE::containsKey)
        .sorted(Comparator.comparingInt(ORDER::indexOf))
        .toList();
    return new PurgePlan(types);
  }

  @Override
  @Transactional
  public PurgeBatchResult purgeBatch(PurgeBatchRequest request) {
    Purgeable p = PURGEABLE.get(request.entityType());
    Optional<RetentionPolicy> policy = policy(request.entityType());
    if (p == null || policy.isEmpty()) {
      return new PurgeBatchResult(request.entityType(), 0, 0, false);
    }
    Instant cutoff = policy.get().purgeDeletedBefore(clock.instant());
    Condition expired = p.deletedAt().isNotNull().and(p.deletedAt().lt(cutoff));
    List<? extends Record> rows = db.selectFrom(p.table())
        .where(expired.andNot(p.referenced()))
        .orderBy(p.deletedAt())
        .limit(request.batchSize())
        .forUpdate().skipLocked()
        .fetch();
    for (Record row : rows) {
      db.deleteFrom(p.table()).where(p.id().eq(row.get(p.id()))).execute();
      audit.record(Actor.system(ACTOR, new TenantId(row.get(p.tenant()))),
          new TenantId(row.get(p.tenant())), AuditAction.PURGE, request.entityType(),
          row.get(p.id()).toString(), withoutSecrets(row), null, request.workflowId());
    }
    int kept = db.fetchCount(p.table(), expired.and(p.referenced()));
    return new PurgeBatchResult(request.entityType(), rows.size(), kept,
        rows.size() == request.batchSize());
  }

  private Optional<RetentionPolicy> policy(String entityType) {
    return db.selectFrom(RETENTION_POLICY).where(RETENTION_POLICY.ENTITY_TYPE.eq(entityType))
        .fetchOptional(r -> new RetentionPolicy(r.getEntityType(), r.getRetentionDays()));
  }

  private static Map<String, Object> withoutSecrets(Record row) {
    Map<String, Object> state = new LinkedHashMap<>();
    for (Field<?> f : row.fields()) {
      if (!SECRET_COLUMNS.contains(f.getName())) {
        Object v = row.get(f);
        state.put(f.getName(), v instanceof Object[] array ? List.of(array) : v);
      }
    }
    return state;
  }
}

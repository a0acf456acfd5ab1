package com.didtron.activities.retention;

import static com.didtron.activities.db.Tables.RETENTION_POLICY;

import com.didtron.domain.retention.RetentionPolicy;
import com.didtron.workflows.retention.PurgeBatchRequest;
import com.didtron.workflows.retention.PurgeBatchResult;
import com.didtron.workflows.retention.PurgePlan;
import com.didtron.workflows.retention.PurgePlanRequest;
import com.didtron.workflows.retention.RetentionPurgeActivities;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention purge's steps. The policy (how long a deleted row is kept) is this feature's; the
 * rows are their owners', each purged through its {@link SoftDeletedRows}. Each batch is one
 * transaction: the rows removed and their PURGE audit entries commit together.
 */
@Component
public class RetentionPurgeActivitiesImpl implements RetentionPurgeActivities {
  static final String ACTOR = SoftDeletePurge.ACTOR;

  private final DSLContext db;
  private final Map<String, SoftDeletedRows> owners;
  private final Clock clock;

  public RetentionPurgeActivitiesImpl(DSLContext db, List<SoftDeletedRows> owners, Clock clock) {
    this.db = db;
    this.owners =
        owners.stream().collect(Collectors.toMap(SoftDeletedRows::entityType, Function.identity()));
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public PurgePlan plan(PurgePlanRequest request) {
    List<String> types =
        db
            .select(RETENTION_POLICY.ENTITY_TYPE)
            .from(RETENTION_POLICY)
            .fetch(RETENTION_POLICY.ENTITY_TYPE)
            .stream()
            .filter(owners::containsKey)
            .sorted(Comparator.comparingInt(type -> owners.get(type).purgeOrder()))
            .toList();
    return new PurgePlan(types);
  }

  @Override
  @Transactional
  public PurgeBatchResult purgeBatch(PurgeBatchRequest request) {
    SoftDeletedRows owner = owners.get(request.entityType());
    Optional<RetentionPolicy> policy = policy(request.entityType());
    if (owner == null || policy.isEmpty()) {
      return new PurgeBatchResult(request.entityType(), 0, 0, false);
    }
    SoftDeletedRows.Batch batch =
        owner.purge(
            policy.get().purgeDeletedBefore(clock.instant()),
            request.batchSize(),
            request.workflowId());
    return new PurgeBatchResult(
        request.entityType(),
        batch.purged(),
        batch.keptReferenced(),
        batch.purged() == request.batchSize());
  }

  private Optional<RetentionPolicy> policy(String entityType) {
    return db.selectFrom(RETENTION_POLICY)
        .where(RETENTION_POLICY.ENTITY_TYPE.eq(entityType))
        .fetchOptional(r -> new RetentionPolicy(r.getEntityType(), r.getRetentionDays()));
  }
}

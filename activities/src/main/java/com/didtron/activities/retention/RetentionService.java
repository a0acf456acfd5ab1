package com.didtron.activities.retention;

import static com.didtron.activities.db.Tables.RETENTION_POLICY;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.retention.RetentionPolicy;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.workflows.retention.RetentionPurgeWorkflow;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Retention periods per entity type, and starting a purge by hand. */
@Service
public class RetentionService {
  private final DSLContext db;
  private final AuditTrail audit;
  private final WorkflowLauncher launcher;
  private final Clock clock;

  public RetentionService(DSLContext db, AuditTrail audit, WorkflowLauncher launcher, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.launcher = launcher;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<RetentionPolicy> policies(Actor actor) {
    AccessPolicy.requireAuditReader(actor);
    return db.selectFrom(RETENTION_POLICY).orderBy(RETENTION_POLICY.ENTITY_TYPE)
        .fetch(r -> new RetentionPolicy(r.getEntityType(), r.getRetentionDays()));
  }

  @Transactional
  public RetentionPolicy change(Actor actor, RetentionPolicy policy) {
    AccessPolicy.requireAdmin(actor);
    int before = db.select(RETENTION_POLICY.RETENTION_DAYS).from(RETENTION_POLICY)
        .where(RETENTION_POLICY.ENTITY_TYPE.eq(policy.entityType())).forUpdate()
        .fetchOptional(RETENTION_POLICY.RETENTION_DAYS)
        .orElseThrow(() -> new IllegalArgumentException("No retention policy for " + policy.entityType()));
    db.update(RETENTION_POLICY).set(RETENTION_POLICY.RETENTION_DAYS, policy.retentionDays())
        .set(RETENTION_POLICY.UPDATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
        .where(RETENTION_POLICY.ENTITY_TYPE.eq(policy.entityType())).execute();
    audit.record(actor, null, AuditAction.UPDATE, "retention_policy", policy.entityType(),
        Map.of("retentionDays", before), Map.of("retentionDays", policy.retentionDays()));
    return policy;
  }

  /** Starts a purge now, besides the daily schedule; returns the run to follow. */
  public WorkflowRun purgeNow(Actor actor) {
    AccessPolicy.requireAdmin(actor);
    String id = RetentionPurgeWorkflow.SCHEDULED_ID + "-manual-" + clock.millis();
    return launcher.start(new WorkflowLauncher.Start(RetentionPurgeWorkflow.class, id, "retention",
        null, null));
  }
}

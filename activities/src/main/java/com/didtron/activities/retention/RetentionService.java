package com.didtron.activities.retention;

import static com.didtron.activities.db.Tables.RETENTION_POLICY;

import com.didtron.activities.Facade;
import com.didtron.activities.workflowindex.WorkflowLauncher;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.retention.RetentionPolicy;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.workflows.retention.RetentionPurgeWorkflow;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention periods per entity type (set in the retention_policy table), and starting a purge by
 * hand.
 */
@Service
@Facade
public class RetentionService {
  private final DSLContext db;
  private final WorkflowLauncher launcher;
  private final Clock clock;

  public RetentionService(DSLContext db, WorkflowLauncher launcher, Clock clock) {
    this.db = db;
    this.launcher = launcher;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<RetentionPolicy> policies(Actor actor) {
    AccessPolicy.requireAuditReader(actor);
    return db.selectFrom(RETENTION_POLICY)
        .orderBy(RETENTION_POLICY.ENTITY_TYPE)
        .fetch(r -> new RetentionPolicy(r.getEntityType(), r.getRetentionDays()));
  }

  /** Starts a purge now, besides the daily schedule; returns the run to follow. */
  public WorkflowRun purgeNow(Actor actor) {
    AccessPolicy.requireSuperAdmin(actor);
    String id = RetentionPurgeWorkflow.SCHEDULED_ID + "-manual-" + clock.millis();
    return launcher.start(
        new WorkflowLauncher.Start(RetentionPurgeWorkflow.class, id, "retention", null, null));
  }
}

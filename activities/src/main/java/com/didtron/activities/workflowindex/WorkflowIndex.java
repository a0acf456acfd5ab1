package com.didtron.activities.workflowindex;

import static com.didtron.activities.db.Tables.WORKFLOW_RUN;

import com.didtron.activities.Facade;
import com.didtron.activities.db.tables.records.WorkflowRunRecord;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.page.Page;
import com.didtron.domain.page.PageRequest;
import com.didtron.domain.tenant.TenantId;
import com.didtron.domain.user.Role;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.domain.workflow.WorkflowRunStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DIDTron's own index of the workflows it started: type, business key, status, start and close.
 * Kept because the embedded Temporal server answers no visibility queries, and because operators
 * search by business key (an account, a period), not by run id.
 */
@Service
@Facade
public class WorkflowIndex {
  private final DSLContext db;
  private final Clock clock;

  public WorkflowIndex(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Transactional
  public void started(WorkflowRun run, TenantId tenant) {
    started(new StoredRun(run, tenant, null, null, null));
  }

  /** Records a run with its start input, so that it can be started again after a restart. */
  @Transactional
  public void started(StoredRun stored) {
    WorkflowRun run = stored.run();
    TenantId tenant = stored.tenant();
    db.insertInto(WORKFLOW_RUN)
        .set(WORKFLOW_RUN.WORKFLOW_ID, run.workflowId())
        .set(WORKFLOW_RUN.RUN_ID, run.runId())
        .set(WORKFLOW_RUN.WORKFLOW_TYPE, run.workflowType())
        .set(WORKFLOW_RUN.BUSINESS_KEY, run.businessKey())
        .set(WORKFLOW_RUN.TENANT_ID, tenant == null ? null : tenant.value())
        .set(WORKFLOW_RUN.STATUS, run.status())
        .set(WORKFLOW_RUN.STARTED_AT, run.startedAt())
        .set(WORKFLOW_RUN.UPDATED_AT, clock.instant())
        .set(
            WORKFLOW_RUN.START_INPUT,
            stored.startInput() == null ? null : JSONB.valueOf(stored.startInput()))
        .set(WORKFLOW_RUN.CRON_SCHEDULE, stored.cronSchedule())
        .set(WORKFLOW_RUN.RESTARTED_FROM_RUN_ID, stored.restartedFromRunId())
        .onConflictDoNothing()
        .execute();
  }

  @Transactional
  public void closed(String workflowId, String runId, WorkflowRunStatus status, Instant closedAt) {
    db.update(WORKFLOW_RUN)
        .set(WORKFLOW_RUN.STATUS, status)
        .set(WORKFLOW_RUN.CLOSED_AT, closedAt == null ? null : closedAt)
        .set(WORKFLOW_RUN.UPDATED_AT, clock.instant())
        .where(WORKFLOW_RUN.WORKFLOW_ID.eq(workflowId).and(WORKFLOW_RUN.RUN_ID.eq(runId)))
        .execute();
  }

  @Transactional(readOnly = true)
  public List<WorkflowRun> open() {
    return db.selectFrom(WORKFLOW_RUN)
        .where(WORKFLOW_RUN.STATUS.eq(WorkflowRunStatus.RUNNING))
        .orderBy(WORKFLOW_RUN.STARTED_AT)
        .fetch(WorkflowIndex::toRun);
  }

  /** The open runs with their start inputs (what a restart starts again). */
  @Transactional(readOnly = true)
  public List<StoredRun> openStored() {
    return db.selectFrom(WORKFLOW_RUN)
        .where(WORKFLOW_RUN.STATUS.eq(WorkflowRunStatus.RUNNING))
        .orderBy(WORKFLOW_RUN.STARTED_AT)
        .fetch(WorkflowIndex::toStored);
  }

  @Transactional(readOnly = true)
  public Optional<StoredRun> findStored(String workflowId, String runId) {
    return db.selectFrom(WORKFLOW_RUN)
        .where(WORKFLOW_RUN.WORKFLOW_ID.eq(workflowId).and(WORKFLOW_RUN.RUN_ID.eq(runId)))
        .fetchOptional(WorkflowIndex::toStored);
  }

  /** The run that replaced {@code runId} after a restart, if any. */
  @Transactional(readOnly = true)
  public Optional<WorkflowRun> restartOf(String workflowId, String runId) {
    return db.selectFrom(WORKFLOW_RUN)
        .where(
            WORKFLOW_RUN
                .WORKFLOW_ID
                .eq(workflowId)
                .and(WORKFLOW_RUN.RESTARTED_FROM_RUN_ID.eq(runId)))
        .fetchOptional(WorkflowIndex::toRun);
  }

  @Transactional(readOnly = true)
  public Optional<WorkflowRun> find(String workflowId, String runId) {
    return db.selectFrom(WORKFLOW_RUN)
        .where(WORKFLOW_RUN.WORKFLOW_ID.eq(workflowId).and(WORKFLOW_RUN.RUN_ID.eq(runId)))
        .fetchOptional(WorkflowIndex::toRun);
  }

  /** The run id of the latest run started under this workflow id, if any. */
  @Transactional(readOnly = true)
  public Optional<String> latestRunId(String workflowId) {
    return db.select(WORKFLOW_RUN.RUN_ID)
        .from(WORKFLOW_RUN)
        .where(WORKFLOW_RUN.WORKFLOW_ID.eq(workflowId))
        .orderBy(WORKFLOW_RUN.STARTED_AT.desc())
        .limit(1)
        .fetchOptional(WORKFLOW_RUN.RUN_ID);
  }

  /** A run with the tenant it worked for (null: platform-wide work). */
  public record Entry(WorkflowRun run, TenantId tenant) {}

  /**
   * What the workflow explorer filters by; every field is optional.
   *
   * @param text part of the business key or workflow id
   * @param from runs started at or after; {@code to}: started before
   */
  public record Query(String type, String text, String status, Instant from, Instant to) {
    public static final Query ALL = new Query(null, null, null, null, null);
  }

  /** One indexed run with its tenant, without access checks (callers check). */
  @Transactional(readOnly = true)
  public Optional<Entry> entry(String workflowId, String runId) {
    return db.selectFrom(WORKFLOW_RUN)
        .where(WORKFLOW_RUN.WORKFLOW_ID.eq(workflowId).and(WORKFLOW_RUN.RUN_ID.eq(runId)))
        .fetchOptional(
            r ->
                new Entry(
                    toRun(r), r.getTenantId() == null ? null : new TenantId(r.getTenantId())));
  }

  /** Recent runs for staff who may read workflow histories (see {@link #search}). */
  @Transactional(readOnly = true)
  public Page<WorkflowRun> recent(Actor actor, String businessKey, PageRequest page) {
    return search(actor, new Query(null, businessKey, null, null, null), page);
  }

  /**
   * Runs newest first, filtered: auditors see their tenant's runs, super admins also the platform's
   * own (retention, schedules).
   */
  @Transactional(readOnly = true)
  public Page<WorkflowRun> search(Actor actor, Query query, PageRequest page) {
    Condition where = scope(actor).and(filter(query));
    long total = db.fetchCount(WORKFLOW_RUN, where);
    return new Page<>(
        db.selectFrom(WORKFLOW_RUN)
            .where(where)
            .orderBy(WORKFLOW_RUN.STARTED_AT.desc(), WORKFLOW_RUN.WORKFLOW_ID)
            .offset(page.offset())
            .limit(page.limit())
            .fetch(WorkflowIndex::toRun),
        total);
  }

  /** The workflow types the actor can see runs of, for the explorer's filter. */
  @Transactional(readOnly = true)
  public List<String> types(Actor actor) {
    return db.selectDistinct(WORKFLOW_RUN.WORKFLOW_TYPE)
        .from(WORKFLOW_RUN)
        .where(scope(actor))
        .orderBy(WORKFLOW_RUN.WORKFLOW_TYPE)
        .fetch(WORKFLOW_RUN.WORKFLOW_TYPE);
  }

  private static Condition scope(Actor actor) {
    AccessPolicy.requireAuditReader(actor);
    Condition own = WORKFLOW_RUN.TENANT_ID.eq(actor.tenantId().value());
    return actor.has(Role.SUPER_ADMIN) ? own.or(WORKFLOW_RUN.TENANT_ID.isNull()) : own;
  }

  private static Condition filter(Query q) {
    Condition c = DSL.noCondition();
    if (q.type() != null && !q.type().isBlank()) {
      c = c.and(WORKFLOW_RUN.WORKFLOW_TYPE.eq(q.type().strip()));
    }
    if (q.text() != null && !q.text().isBlank()) {
      c =
          c.and(
              WORKFLOW_RUN
                  .BUSINESS_KEY
                  .containsIgnoreCase(q.text().strip())
                  .or(WORKFLOW_RUN.WORKFLOW_ID.containsIgnoreCase(q.text().strip())));
    }
    if (q.status() != null && !q.status().isBlank()) {
      c =
          c.and(
              WorkflowRunStatus.parse(q.status().strip())
                  .map(WORKFLOW_RUN.STATUS::eq)
                  .orElse(DSL.falseCondition()));
    }
    if (q.from() != null) {
      c = c.and(WORKFLOW_RUN.STARTED_AT.ge(q.from()));
    }
    if (q.to() != null) {
      c = c.and(WORKFLOW_RUN.STARTED_AT.lt(q.to()));
    }
    return c;
  }

  private static StoredRun toStored(WorkflowRunRecord r) {
    return new StoredRun(
        toRun(r),
        r.getTenantId() == null ? null : new TenantId(r.getTenantId()),
        r.getStartInput() == null ? null : r.getStartInput().data(),
        r.getCronSchedule(),
        r.getRestartedFromRunId());
  }

  private static WorkflowRun toRun(WorkflowRunRecord r) {
    return new WorkflowRun(
        r.getWorkflowId(),
        r.getRunId(),
        r.getWorkflowType(),
        r.getBusinessKey(),
        r.getStatus(),
        r.getStartedAt(),
        r.getClosedAt());
  }
}

package com.didtron.activities.workflowindex;

import com.didtron.activities.audit.AuditTrail;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.audit.AuditAction;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.domain.workflow.WorkflowRunStatus;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings back the runs the embedded Temporal server lost when the platform stopped (it keeps
 * nothing on disk): every run the index holds as RUNNING that the server does not know is started
 * again from its stored input under the same workflow id (workflows are idempotent on their
 * business keys), and the earlier run is closed as RESTARTED, linked from the new one. Also
 * archives the histories of open runs, so that the part a run had done is still readable.
 */
@Service
public class WorkflowRecovery {
  private static final Logger log = LoggerFactory.getLogger(WorkflowRecovery.class);

  /** What one pass did. */
  public record Outcome(int restarted, int lost) {}

  private final WorkflowIndex index;
  private final WorkflowStatusReader reader;
  private final WorkflowLauncher launcher;
  private final WorkflowHistoryArchive archive;
  private final AuditTrail audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  public WorkflowRecovery(
      WorkflowIndex index,
      WorkflowStatusReader reader,
      WorkflowLauncher launcher,
      WorkflowHistoryArchive archive,
      AuditTrail audit,
      TransactionTemplate tx,
      Clock clock) {
    this.index = index;
    this.reader = reader;
    this.launcher = launcher;
    this.archive = archive;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * Starts again every open run the server no longer knows; runs without stored input become LOST.
   */
  public Outcome restartLostRuns() {
    int restarted = 0;
    int lost = 0;
    for (StoredRun stored : index.openStored()) {
      WorkflowRun run = stored.run();
      if (reader.describe(run.workflowId(), run.runId()).isPresent()) {
        continue;
      }
      if (restart(stored)) {
        restarted++;
      } else {
        lost++;
      }
    }
    return new Outcome(restarted, lost);
  }

  /** Starts one lost run again (audited); false when it cannot be (marked LOST). */
  private boolean restart(StoredRun stored) {
    WorkflowRun run = stored.run();
    WorkflowRun again;
    try {
      again = launcher.restart(stored);
    } catch (RuntimeException e) {
      index.closed(run.workflowId(), run.runId(), WorkflowRunStatus.LOST, clock.instant());
      log.warn(
          "Workflow {} run {} was lost in a restart and cannot be started again ({}): marked LOST",
          run.workflowId(),
          run.runId(),
          e.getMessage());
      return false;
    }
    tx.executeWithoutResult(
        t -> {
          index.closed(run.workflowId(), run.runId(), WorkflowRunStatus.RESTARTED, clock.instant());
          audit.record(
              Actor.system("workflow-recovery", stored.tenant()),
              stored.tenant(),
              AuditAction.UPDATE,
              "workflow_run",
              run.workflowId(),
              Map.of("runId", run.runId(), "status", WorkflowRunStatus.RUNNING.name()),
              Map.of(
                  "runId",
                  again.runId(),
                  "restartedFrom",
                  run.runId(),
                  "status",
                  WorkflowRunStatus.RUNNING.name()),
              run.workflowId());
        });
    log.info(
        "Workflow {} started again after a restart: run {} replaces run {}",
        run.workflowId(),
        again.runId(),
        run.runId());
    return true;
  }

  /** On demand (super admins): archives the histories so far of every open run, audited. */
  public int archiveOpenRuns(Actor actor) {
    AccessPolicy.requireAdmin(actor);
    int archived = archiveOpenRuns();
    tx.executeWithoutResult(
        t ->
            audit.record(
                actor,
                actor.tenantId(),
                AuditAction.CREATE,
                "workflow_history_archive",
                "running",
                null,
                Map.of("archived", archived)));
    return archived;
  }

  /** Archives the history so far of every open run; returns how many were archived. */
  public int archiveOpenRuns() {
    int archived = 0;
    for (WorkflowRun run : index.open()) {
      if (archive.archive(run.workflowId(), run.runId(), false)) {
        archived++;
      }
    }
    return archived;
  }
}

package com.didtron.activities.workflowindex;

import static com.didtron.activities.db.Tables.WORKFLOW_HISTORY_ARCHIVE;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.history.v1.History;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.time.Clock;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * Copies of workflow histories in PostgreSQL. The embedded Temporal server keeps histories in
 * memory only; a run's history is archived when the run closes, periodically and before a shutdown
 * while it runs, and on demand, so that it can still be read after the server lost it.
 */
@Service
public class WorkflowHistoryArchive {
  private final WorkflowClient client;
  private final DSLContext db;
  private final Clock clock;

  public WorkflowHistoryArchive(WorkflowClient client, DSLContext db, Clock clock) {
    this.client = client;
    this.db = db;
    this.clock = clock;
  }

  /**
   * Fetches the run's history from Temporal and stores it (replacing an older copy).
   *
   * @param complete whether the run has closed (its history will not grow)
   * @return false when Temporal does not know the run (the stored copy, if any, stays)
   */
  public boolean archive(String workflowId, String runId, boolean complete) {
    History history;
    try {
      history = client.fetchHistory(workflowId, runId).getHistory();
    } catch (WorkflowNotFoundException e) {
      return false;
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return false;
      }
      throw e;
    }
    var now = clock.instant();
    db.insertInto(WORKFLOW_HISTORY_ARCHIVE)
        .set(WORKFLOW_HISTORY_ARCHIVE.WORKFLOW_ID, workflowId)
        .set(WORKFLOW_HISTORY_ARCHIVE.RUN_ID, runId)
        .set(WORKFLOW_HISTORY_ARCHIVE.HISTORY, history.toByteArray())
        .set(WORKFLOW_HISTORY_ARCHIVE.EVENT_COUNT, history.getEventsCount())
        .set(WORKFLOW_HISTORY_ARCHIVE.COMPLETE, complete)
        .set(WORKFLOW_HISTORY_ARCHIVE.ARCHIVED_AT, now)
        .onConflict(WORKFLOW_HISTORY_ARCHIVE.WORKFLOW_ID, WORKFLOW_HISTORY_ARCHIVE.RUN_ID)
        .doUpdate()
        .set(WORKFLOW_HISTORY_ARCHIVE.HISTORY, history.toByteArray())
        .set(WORKFLOW_HISTORY_ARCHIVE.EVENT_COUNT, history.getEventsCount())
        .set(WORKFLOW_HISTORY_ARCHIVE.COMPLETE, complete)
        .set(WORKFLOW_HISTORY_ARCHIVE.ARCHIVED_AT, now)
        // a complete copy is never replaced by a shorter one
        .where(WORKFLOW_HISTORY_ARCHIVE.COMPLETE.isFalse())
        .execute();
    return true;
  }

  /** The archived copy of a run's history, if one was stored. */
  public Optional<History> read(String workflowId, String runId) {
    return db.select(WORKFLOW_HISTORY_ARCHIVE.HISTORY)
        .from(WORKFLOW_HISTORY_ARCHIVE)
        .where(
            WORKFLOW_HISTORY_ARCHIVE
                .WORKFLOW_ID
                .eq(workflowId)
                .and(WORKFLOW_HISTORY_ARCHIVE.RUN_ID.eq(runId)))
        .fetchOptional(WORKFLOW_HISTORY_ARCHIVE.HISTORY)
        .map(WorkflowHistoryArchive::parse);
  }

  private static History parse(byte[] bytes) {
    try {
      return History.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("archived workflow history is unreadable", e);
    }
  }
}

package com.didtron.activities.workflowindex;

import com.didtron.domain.workflow.WorkflowRun;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

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
  private final Clock clock;

  public WorkflowRecovery(WorkflowIndex index, WorkflowStatusReader reader, WorkflowLauncher launcher,
      WorkflowHistoryArchive archive, Clock clock) {
    this.index = index;
    this.reader = reader;
    this.launcher = launcher;
    this.archive = archive;
    this.clock = clock;
  }

  /** Starts again every open run the server no longer knows; runs without stored input become LOST. */
  public Outcome restartLostRuns() {
    int restarted = 0;
    int lost = 0;
    for (StoredRun stored : index.openStored()) {
      WorkflowRun run = stored.run();
      if (reader.describe(run.workflowId(), run.runId()).isPresent()) {
        continue;
      }
      if (stored.startInput() == null) {
        index.closed(run.workflowId(), run.runId(), "LOST", clock.instant());
        log.warn("Workflow {} run {} was lost in a restart and has no stored input: marked LOST",
            run.workflowId(), run.runId());
        lost++;
        continue;
      }
      WorkflowRun again = launcher.restart(stored);
      index.closed(run.workflowId(), run.runId(), "RESTARTED", clock.instant());
      log.info("Workflow {} started again after a restart: run {} replaces run {}",
          run.workflowId(), again.runId(), run.runId());
      restarted++;
    }
    return new Outcome(restarted, lost);
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

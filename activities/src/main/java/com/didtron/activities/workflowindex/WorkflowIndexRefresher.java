package com.didtron.activities.workflowindex;

import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.domain.workflow.WorkflowRunStatus;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Brings the index up to date with Temporal: closes runs that ended (archiving their histories),
 * marks runs Temporal no longer knows as LOST, and adds the next run of a recurring (cron) workflow
 * when one run ends.
 */
@Service
public class WorkflowIndexRefresher {
  private static final Logger log = LoggerFactory.getLogger(WorkflowIndexRefresher.class);

  private final WorkflowIndex index;
  private final WorkflowStatusReader reader;
  private final WorkflowHistoryArchive archive;
  private final Clock clock;

  public WorkflowIndexRefresher(
      WorkflowIndex index,
      WorkflowStatusReader reader,
      WorkflowHistoryArchive archive,
      Clock clock) {
    this.index = index;
    this.reader = reader;
    this.archive = archive;
    this.clock = clock;
  }

  /** One pass over the open runs; returns how many changed. */
  public int refresh() {
    int changed = 0;
    for (WorkflowRun run : index.open()) {
      Optional<WorkflowRun> now = reader.describe(run.workflowId(), run.runId());
      if (now.isEmpty()) {
        index.closed(run.workflowId(), run.runId(), WorkflowRunStatus.LOST, clock.instant());
        changed++;
      } else if (!now.get().isOpen()) {
        WorkflowRun closed = now.get();
        archive.archive(run.workflowId(), run.runId(), true);
        index.closed(
            run.workflowId(),
            run.runId(),
            closed.status(),
            closed.closedAt() == null ? clock.instant() : closed.closedAt());
        followNextRun(run);
        changed++;
      }
    }
    return changed;
  }

  private void followNextRun(WorkflowRun previous) {
    reader
        .current(previous.workflowId())
        .filter(latest -> !latest.runId().equals(previous.runId()))
        .filter(latest -> index.find(latest.workflowId(), latest.runId()).isEmpty())
        .ifPresent(
            latest -> {
              log.debug("next run {} of {}", latest.runId(), latest.workflowId());
              WorkflowRun next =
                  new WorkflowRun(
                      latest.workflowId(),
                      latest.runId(),
                      latest.workflowType(),
                      previous.businessKey(),
                      latest.status(),
                      latest.startedAt(),
                      latest.closedAt());
              // the next run of a cron workflow starts from the same input, on the same schedule
              index.started(
                  index
                      .findStored(previous.workflowId(), previous.runId())
                      .map(
                          p ->
                              new StoredRun(
                                  next, p.tenant(), p.startInput(), p.cronSchedule(), null))
                      .orElse(new StoredRun(next, null, null, null, null)));
            });
  }
}

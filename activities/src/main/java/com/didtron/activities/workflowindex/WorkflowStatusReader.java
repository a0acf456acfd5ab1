package com.didtron.activities.workflowindex;

import com.didtron.activities.Facade;
import com.didtron.domain.workflow.WorkflowRun;
import com.didtron.domain.workflow.WorkflowRunStatus;
import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;

/**
 * Asks Temporal how a run stands, and for its event history; a history Temporal no longer knows
 * (the embedded server was restarted) is read from the {@link WorkflowHistoryArchive}.
 */
@Service
@Facade
public class WorkflowStatusReader {
  /** One event of a workflow history, as the system page lists it. */
  public record HistoryLine(long eventId, Instant at, String eventType, String details) {}

  /** The line that links a run to the run it was restarted from, or to the run that replaced it. */
  public static final String RESTARTED_FROM = "RESTARTED_FROM";

  public static final String RESTARTED_AS = "RESTARTED_AS";

  private final WorkflowClient client;
  private final WorkflowHistoryArchive archive;
  private final WorkflowIndex index;

  public WorkflowStatusReader(
      WorkflowClient client, WorkflowHistoryArchive archive, WorkflowIndex index) {
    this.client = client;
    this.archive = archive;
    this.index = index;
  }

  /** The latest run of a workflow id, if Temporal knows it. */
  public Optional<WorkflowRun> current(String workflowId) {
    return describe(workflowId, "");
  }

  /** One run; empty when Temporal no longer knows it. */
  public Optional<WorkflowRun> describe(String workflowId, String runId) {
    try {
      WorkflowExecutionInfo info =
          client
              .getWorkflowServiceStubs()
              .blockingStub()
              .withDeadlineAfter(5, TimeUnit.SECONDS)
              .describeWorkflowExecution(
                  DescribeWorkflowExecutionRequest.newBuilder()
                      .setNamespace(client.getOptions().getNamespace())
                      .setExecution(
                          WorkflowExecution.newBuilder().setWorkflowId(workflowId).setRunId(runId))
                      .build())
              .getWorkflowExecutionInfo();
      return Optional.of(
          new WorkflowRun(
              info.getExecution().getWorkflowId(),
              info.getExecution().getRunId(),
              info.getType().getName(),
              workflowId,
              statusName(info.getStatus()),
              instant(info.getStartTime()),
              info.hasCloseTime() ? instant(info.getCloseTime()) : null));
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The run's events in order, with the attributes of each in short text form. */
  public List<HistoryLine> history(String workflowId, String runId) {
    List<HistoryLine> lines = new ArrayList<>();
    index
        .findStored(workflowId, runId)
        .filter(s -> s.restartedFromRunId() != null)
        .ifPresent(
            s ->
                lines.add(
                    new HistoryLine(
                        0,
                        s.run().startedAt(),
                        RESTARTED_FROM,
                        "started again after a restart of the embedded Temporal server; earlier run "
                            + s.restartedFromRunId())));
    History history =
        live(workflowId, runId)
            .or(() -> archive.read(workflowId, runId))
            .orElseThrow(
                () ->
                    new NoSuchElementException(
                        "No history of workflow "
                            + workflowId
                            + " run "
                            + runId
                            + " (neither Temporal nor the archive knows it)"));
    history.getEventsList().forEach(e -> lines.add(line(e)));
    index
        .restartOf(workflowId, runId)
        .ifPresent(
            later ->
                lines.add(
                    new HistoryLine(
                        history.getEventsCount() + 1L,
                        later.startedAt(),
                        RESTARTED_AS,
                        "lost in a restart of the embedded Temporal server; started again as run "
                            + later.runId())));
    return lines;
  }

  /**
   * The history from Temporal; empty when the server does not know the run (e.g. after a restart).
   */
  private Optional<History> live(String workflowId, String runId) {
    try {
      return Optional.of(client.fetchHistory(workflowId, runId).getHistory());
    } catch (WorkflowNotFoundException e) {
      return Optional.empty();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static HistoryLine line(HistoryEvent e) {
    String type = e.getEventType().name().replace("EVENT_TYPE_", "");
    String details =
        e.getAllFields().entrySet().stream()
            .filter(f -> f.getKey().getName().endsWith("_attributes"))
            .map(f -> f.getValue().toString().replaceAll("\\s+", " ").strip())
            .findFirst()
            .orElse("");
    if (details.length() > 400) {
      details = details.substring(0, 400) + "…";
    }
    return new HistoryLine(e.getEventId(), instant(e.getEventTime()), type, details);
  }

  static WorkflowRunStatus statusName(WorkflowExecutionStatus status) {
    return switch (status) {
      case WORKFLOW_EXECUTION_STATUS_RUNNING -> WorkflowRunStatus.RUNNING;
      case WORKFLOW_EXECUTION_STATUS_COMPLETED -> WorkflowRunStatus.COMPLETED;
      case WORKFLOW_EXECUTION_STATUS_FAILED -> WorkflowRunStatus.FAILED;
      case WORKFLOW_EXECUTION_STATUS_CANCELED -> WorkflowRunStatus.CANCELED;
      case WORKFLOW_EXECUTION_STATUS_TERMINATED -> WorkflowRunStatus.TERMINATED;
      case WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW -> WorkflowRunStatus.CONTINUED_AS_NEW;
      case WORKFLOW_EXECUTION_STATUS_TIMED_OUT -> WorkflowRunStatus.TIMED_OUT;
      default -> WorkflowRunStatus.RUNNING;
    };
  }

  private static Instant instant(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }
}

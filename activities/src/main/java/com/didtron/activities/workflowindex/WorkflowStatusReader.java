package com.didtron.activities.workflowindex;

import com.didtron.domain.workflow.WorkflowRun;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;

/** Asks Temporal how a run stands, and for its event history. */
@Service
public class WorkflowStatusReader {
  /** One event of a workflow history, as the system page lists it. */
  public record HistoryLine(long eventId, Instant at, String eventType, String details) {}

  private final WorkflowClient client;

  public WorkflowStatusReader(WorkflowClient client) {
    this.client = client;
  }

  /** The latest run of a workflow id, if Temporal knows it. */
  public Optional<WorkflowRun> current(String workflowId) {
    return describe(workflowId, "");
  }

  /** One run; empty when Temporal no longer knows it. */
  public Optional<WorkflowRun> describe(String workflowId, String runId) {
    try {
      WorkflowExecutionInfo info = client.getWorkflowServiceStubs().blockingStub()
          .withDeadlineAfter(5, TimeUnit.SECONDS)
          .describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder()
              .setNamespace(client.getOptions().getNamespace())
              .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId).setRunId(runId))
              .build())
          .getWorkflowExecutionInfo();
      return Optional.of(new WorkflowRun(info.getExecution().getWorkflowId(),
          info.getExecution().getRunId(), info.getType().getName(), workflowId,
          statusName(info.getStatus()), instant(info.getStartTime()),
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
    return client.fetchHistory(workflowId, runId).getEvents().stream()
        .map(WorkflowStatusReader::line)
        .toList();
  }

  private static HistoryLine line(HistoryEvent e) {
    String type = e.getEventType().name().replace("EVENT_TYPE_", "");
    String details = e.getAllFields().entrySet().stream()
        .filter(f -> f.getKey().getName().endsWith("_attributes"))
        .map(f -> f.getValue().toString().replaceAll("\\s+", " ").strip())
        .findFirst().orElse("");
    if (details.length() > 400) {
      details = details.substring(0, 400) + "…";
    }
    return new HistoryLine(e.getEventId(), instant(e.getEventTime()), type, details);
  }

  static String statusName(WorkflowExecutionStatus status) {
    return switch (status) {
      case WORKFLOW_EXECUTION_STATUS_RUNNING -> "RUNNING";
      case WORKFLOW_EXECUTION_STATUS_COMPLETED -> "COMPLETED";
      case WORKFLOW_EXECUTION_STATUS_FAILED -> "FAILED";
      case WORKFLOW_EXECUTION_STATUS_CANCELED -> "CANCELED";
      case WORKFLOW_EXECUTION_STATUS_TERMINATED -> "TERMINATED";
      case WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW -> "CONTINUED_AS_NEW";
      case WORKFLOW_EXECUTION_STATUS_TIMED_OUT -> "TIMED_OUT";
      default -> "RUNNING";
    };
  }

  private static Instant instant(com.google.protobuf.Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }
}

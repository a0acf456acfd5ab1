package com.didtron.domain.workflow;

import java.time.Instant;

/**
 * One run of a durable workflow, as kept in DIDTron's own index: what ran, for which business key,
 * and how it ended. The history itself stays in Temporal.
 */
public record WorkflowRun(
    String workflowId,
    String runId,
    String workflowType,
    String businessKey,
    WorkflowRunStatus status,
    Instant startedAt,
    Instant closedAt) {

  public boolean isOpen() {
    return status == WorkflowRunStatus.RUNNING;
  }
}

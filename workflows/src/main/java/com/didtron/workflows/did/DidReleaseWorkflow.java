package com.didtron.workflows.did;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.UUID;

/**
 * Releases a number in service (issue 12 point 9): asked by its owner or staff, or by the lifecycle
 * sweep when a suspension outlasted its grace. The number leaves the switch and the rental at once,
 * then goes back to its provider; our own stock waits in quarantine and is sold again afterwards.
 */
@WorkflowInterface
public interface DidReleaseWorkflow {
  /** One release per number at a time. */
  static String workflowId(UUID didId) {
    return "did-release-" + didId;
  }

  /**
   * {@code QUARANTINE}, {@code RELEASED}, or {@code NOT_IN_SERVICE} when there was nothing to do.
   */
  @WorkflowMethod
  String release(DidReleaseRequest request);
}

package com.didtron.workflows.switchsync;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The switch sync of one target (a switch DIDTron drives, e.g. {@code kamailio}): runs for as long
 * as the platform does, pushes the target's pending objects whenever a change is committed ({@link
 * #changed} signal) and at least every {@link SwitchSyncWorkflowImpl#WAKE_EVERY}, and starts itself
 * anew every few hundred rounds to keep its history short.
 */
@WorkflowInterface
public interface SwitchSyncWorkflow {
  /** The workflow id of a target's sync: one per target. */
  static String idFor(String target) {
    return "switch-sync-" + target;
  }

  @WorkflowMethod
  void sync(String target);

  /** A change for the target was committed: push now rather than at the next timer. */
  @SignalMethod
  void changed();
}

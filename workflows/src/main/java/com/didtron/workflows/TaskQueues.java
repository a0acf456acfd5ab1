package com.didtron.workflows;

/** Names of the task queues DIDTron's workers poll. */
public final class TaskQueues {
  /** Back-office processes: retention, invoicing, netting, imports, provisioning. */
  public static final String PLATFORM = "didtron-platform";

  private TaskQueues() {}
}

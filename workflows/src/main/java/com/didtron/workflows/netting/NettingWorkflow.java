package com.didtron.workflows.netting;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Bilateral netting proposals. On a Temporal cron schedule, for every company that is both our
 * customer and our carrier and every currency, computes what it owes us and what we owe it, holds
 * out open disputes and, when both exceed the threshold, proposes netting the lesser amount.
 * FINANCE approves or rejects each proposal in the portal (or over the API).
 */
@WorkflowInterface
public interface NettingWorkflow {
  /** Workflow id of the schedule: one per platform. */
  String SCHEDULED_ID = "netting-proposals";

  /**
   * @return how many proposals were made in this run
   */
  @WorkflowMethod
  int propose();
}

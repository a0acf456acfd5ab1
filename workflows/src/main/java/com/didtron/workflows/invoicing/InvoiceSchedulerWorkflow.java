package com.didtron.workflows.invoicing;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Starts the invoice run of every customer account for its last ended billing period (daily, weekly
 * or monthly per account). Runs on a Temporal cron schedule; starting a run that exists is a no-op,
 * so the schedule may fire as often as wanted.
 */
@WorkflowInterface
public interface InvoiceSchedulerWorkflow {
  /** Workflow id of the schedule: one per platform. */
  String SCHEDULED_ID = "invoice-scheduler";

  /**
   * @return how many runs were started (runs already started are not counted)
   */
  @WorkflowMethod
  int startDueRuns();
}

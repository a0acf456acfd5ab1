package com.didtron.workflows.did;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The numbers' lifecycle, on a Temporal cron schedule ({@code didtron.did.lifecycle.cron}, hourly
 * by default): frees expired reservations, ends quarantines, suspends the numbers of prepaid
 * accounts below zero and resumes them when paid, and releases numbers suspended past the grace.
 */
@WorkflowInterface
public interface DidSweepWorkflow {
  /** Workflow id of the schedule: one per platform. */
  String SCHEDULED_ID = "did-lifecycle-sweep";

  @WorkflowMethod
  DidSweepReport sweep();
}

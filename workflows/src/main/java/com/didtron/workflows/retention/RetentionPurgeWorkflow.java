package com.didtron.workflows.retention;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The retention purge: every soft-deleted row whose retention period (per entity type) has ended is
 * removed for good, and each removal is written to the audit log with the row as it was. Runs on a
 * Temporal cron schedule (daily by default) and can be started by hand from the system page.
 */
@WorkflowInterface
public interface RetentionPurgeWorkflow {
  /** Workflow id of the scheduled purge: one schedule per platform. */
  String SCHEDULED_ID = "retention-purge";

  @WorkflowMethod
  PurgeReport purge();
}

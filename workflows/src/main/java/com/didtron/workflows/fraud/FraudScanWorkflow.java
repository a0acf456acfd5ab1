package com.didtron.workflows.fraud;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Fraud detection on the live CDRs: one scan of the recent CDRs of every active account. Runs on a
 * Temporal cron schedule (every minute by default).
 */
@WorkflowInterface
public interface FraudScanWorkflow {
  /** Workflow id of the scheduled scan: one per platform. */
  String SCHEDULED_ID = "fraud-scan";

  @WorkflowMethod
  FraudScanReport scan();
}

package com.didtron.workflows.siptest;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Carrier monitoring: probes every monitored carrier (OPTIONS, and a test call where a probe number
 * is set), then re-judges each carrier's alerts with the carrier alert table and notifies raised
 * and cleared alerts by webhook and email. Runs on a Temporal cron schedule (every 5 minutes by
 * default) and on demand.
 */
@WorkflowInterface
public interface CarrierMonitorWorkflow {
  /** Workflow id of the scheduled monitoring: one per platform. */
  String SCHEDULED_ID = "carrier-monitor";

  @WorkflowMethod
  MonitorReport monitor();
}

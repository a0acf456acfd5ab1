package com.didtron.workflows.didrental;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The daily rental of numbers in service: charges the day that just ended (UTC). Runs on a Temporal
 * cron schedule ({@code didtron.did.rental.cron}, shortly after midnight UTC by default).
 */
@WorkflowInterface
public interface DidRentalWorkflow {
  /** Workflow id of the scheduled accrual: one per platform. */
  String SCHEDULED_ID = "did-rental-daily";

  @WorkflowMethod
  DidRentalReport accrue();
}

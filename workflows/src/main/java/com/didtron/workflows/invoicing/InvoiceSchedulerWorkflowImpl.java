package com.didtron.workflows.invoicing;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** One activity: all the work is starting child runs by business key. */
public class InvoiceSchedulerWorkflowImpl implements InvoiceSchedulerWorkflow {
  private final InvoiceSchedulerActivities activities =
      Workflow.newActivityStub(
          InvoiceSchedulerActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(5)).build());

  @Override
  public int startDueRuns() {
    return activities.startDueRuns();
  }
}

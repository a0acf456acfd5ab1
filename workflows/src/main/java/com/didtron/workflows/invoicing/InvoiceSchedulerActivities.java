package com.didtron.workflows.invoicing;

import io.temporal.activity.ActivityInterface;

/** Finds accounts whose last ended period has no run yet and starts one each. */
@ActivityInterface(namePrefix = "InvoiceScheduler")
public interface InvoiceSchedulerActivities {
  int startDueRuns();
}

package com.didtron.workflows.invoicing;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** Due date, reminder, block, unblock; see {@link InvoiceOverdueWorkflow}. */
public class InvoiceOverdueWorkflowImpl implements InvoiceOverdueWorkflow {
  private final OverdueActivities activities =
      Workflow.newActivityStub(
          OverdueActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(30))
              .setRetryOptions(
                  RetryOptions.newBuilder().setMaximumInterval(Duration.ofMinutes(5)).build())
              .build());
  private boolean paid;

  @Override
  public String watch(InvoiceRef invoice) {
    OverduePlan plan = activities.plan(invoice);
    long wait = plan.overdueAtEpochMillis() - Workflow.currentTimeMillis();
    if (wait > 0) {
      Workflow.await(Duration.ofMillis(wait), () -> paid);
    }
    if (paid || !activities.markOverdue(invoice)) {
      return "PAID";
    }
    activities.remind(invoice);
    if (!plan.block()) {
      return "REMINDED";
    }
    Workflow.await(Duration.ofMillis(plan.blockAfterMillis()), () -> paid);
    if (paid || !activities.block(invoice)) {
      return "PAID";
    }
    while (!paid && !activities.settled(invoice)) {
      Workflow.await(Duration.ofMillis(plan.recheckMillis()), () -> paid);
    }
    activities.unblock(invoice);
    return "UNBLOCKED";
  }

  @Override
  public void paid() {
    paid = true;
  }
}

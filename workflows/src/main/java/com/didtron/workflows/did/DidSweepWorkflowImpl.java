package com.didtron.workflows.did;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * See {@link DidSweepWorkflow}. Resuming runs before suspending, so a number whose account was
 * topped up comes back before anything else is looked at; the release of overdue suspensions runs
 * last.
 */
public class DidSweepWorkflowImpl implements DidSweepWorkflow {
  private final DidSweepActivities steps =
      Workflow.newActivityStub(
          DidSweepActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(10))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(10))
                      .setMaximumInterval(Duration.ofMinutes(5))
                      .setMaximumAttempts(5)
                      .build())
              .build());

  @Override
  public DidSweepReport sweep() {
    int freed = steps.freeExpiredReservations();
    int ended = steps.endQuarantines();
    int resumed = steps.resumePaid();
    int suspended = steps.suspendUnpaid();
    int released = steps.releaseOverdue();
    return new DidSweepReport(freed, ended, suspended, resumed, released);
  }
}

package com.didtron.workflows.fraud;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** One scan; all I/O is in the activity, retried a few times within the minute. */
public class FraudScanWorkflowImpl implements FraudScanWorkflow {
  private final FraudScanActivities steps =
      Workflow.newActivityStub(
          FraudScanActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofSeconds(50))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setMaximumAttempts(3)
                      .setInitialInterval(Duration.ofSeconds(2))
                      .build())
              .build());

  @Override
  public FraudScanReport scan() {
    return steps.scan();
  }
}

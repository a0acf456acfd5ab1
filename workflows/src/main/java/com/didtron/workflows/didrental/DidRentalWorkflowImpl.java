package com.didtron.workflows.didrental;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Charges yesterday (UTC, by the workflow clock); the activity is idempotent per number and day, so
 * it is retried freely.
 */
public class DidRentalWorkflowImpl implements DidRentalWorkflow {
  private final DidRentalActivities steps =
      Workflow.newActivityStub(
          DidRentalActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(30))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(30))
                      .setMaximumInterval(Duration.ofMinutes(30))
                      .setMaximumAttempts(10)
                      .build())
              .build());

  @Override
  public DidRentalReport accrue() {
    LocalDate today =
        LocalDate.ofInstant(Instant.ofEpochMilli(Workflow.currentTimeMillis()), ZoneOffset.UTC);
    return steps.accrueDay(today.minusDays(1).toString());
  }
}

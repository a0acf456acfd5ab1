package com.didtron.workflows.fx;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Fetches today's rates (UTC, by the workflow clock); retries a failing provider for a while. */
public class FxRatesWorkflowImpl implements FxRatesWorkflow {
  private final FxRatesActivities activities =
      Workflow.newActivityStub(
          FxRatesActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(1))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(30))
                      .setMaximumInterval(Duration.ofMinutes(30))
                      .setMaximumAttempts(10)
                      .build())
              .build());

  @Override
  public FxFetchResult refresh() {
    LocalDate today =
        LocalDate.ofInstant(Instant.ofEpochMilli(Workflow.currentTimeMillis()), ZoneOffset.UTC);
    return activities.fetchDay(
        new FxFetchRequest(today.toString(), Workflow.getInfo().getWorkflowId()));
  }
}

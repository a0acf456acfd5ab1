package com.didtron.workflows.did;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * See {@link DidReleaseWorkflow}. The number is out of service before the provider is called: a
 * provider that is down only delays the give-back (retried for about a day), never the customer.
 */
public class DidReleaseWorkflowImpl implements DidReleaseWorkflow {
  private final DidReleaseActivities steps =
      Workflow.newActivityStub(
          DidReleaseActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(2))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(5))
                      .setBackoffCoefficient(2)
                      .setMaximumInterval(Duration.ofMinutes(30))
                      .setMaximumAttempts(60)
                      .build())
              .build());

  @Override
  public String release(DidReleaseRequest request) {
    DidReleaseLine line = steps.unassign(request);
    if (!line.released()) {
      return "NOT_IN_SERVICE";
    }
    if (!steps.releaseAtProvider(request, line)) {
      return "QUARANTINE"; // our own stock: sold again when the quarantine ends
    }
    steps.givenBack(request, line);
    return "RELEASED";
  }
}

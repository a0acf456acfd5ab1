package com.didtron.workflows.did;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** See {@link DidOrderWorkflow}. */
public class DidOrderWorkflowImpl implements DidOrderWorkflow {
  /** Provider timeouts and 5xx retry with backoff; refusals do not retry at all. */
  private final DidOrderActivities activities =
      Workflow.newActivityStub(
          DidOrderActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(2))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(2))
                      .setBackoffCoefficient(2)
                      .setMaximumInterval(Duration.ofMinutes(1))
                      .setMaximumAttempts(6)
                      .setDoNotRetry(DidOrderActivities.REFUSED)
                      .build())
              .build());

  /** Compensations keep trying much longer: money and numbers must not stay half-done. */
  private final DidOrderActivities undo =
      Workflow.newActivityStub(
          DidOrderActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(2))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(2))
                      .setBackoffCoefficient(2)
                      .setMaximumInterval(Duration.ofMinutes(10))
                      .setMaximumAttempts(50)
                      .build())
              .build());

  private String state = "PROVISIONING";

  @Override
  public String run(DidOrderRequest request) {
    Deque<Runnable> compensations = new ArrayDeque<>();
    compensations.push(() -> undo.freeReservation(request));
    try {
      List<DidOrderLine> lines = activities.begin(request);
      activities.check(request);
      for (DidOrderLine line : lines) {
        // pushed before the call: a charge that committed but whose reply was lost is reversed too
        compensations.push(() -> undo.reverseSetup(request, line));
        activities.chargeSetup(request, line);
      }
      for (DidOrderLine line : lines) {
        compensations.push(() -> undo.releaseAtProvider(request, line));
        activities.orderAtProvider(request, line);
      }
      activities.activate(request);
      state = "ACTIVE";
      return state;
    } catch (ActivityFailure e) {
      state = "COMPENSATING";
      while (!compensations.isEmpty()) {
        compensations.pop().run();
      }
      undo.fail(request, reason(e));
      state = "FAILED";
      return state;
    }
  }

  private static String reason(ActivityFailure e) {
    Throwable c = e.getCause();
    if (c instanceof ApplicationFailure a && a.getOriginalMessage() != null) {
      return a.getOriginalMessage();
    }
    return c == null || c.getMessage() == null ? "provisioning failed" : c.getMessage();
  }

  @Override
  public String state() {
    return state;
  }
}

package com.didtron.workflows.cdr;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** Walks the period chunk by chunk with a keyset cursor until no CDR is left. */
public class RerateWorkflowImpl implements RerateWorkflow {
  static final int CHUNK = 5_000;

  private final RerateActivities activities =
      Workflow.newActivityStub(
          RerateActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(10))
              .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(5).build())
              .build());

  @Override
  public RerateReport rerate(RerateRequest request) {
    String workflowId = Workflow.getInfo().getWorkflowId();
    long examined = 0;
    long newlyRated = 0;
    long repriced = 0;
    long nowUnrated = 0;
    int chunks = 0;
    RerateChunkResult r = new RerateChunkResult(0, 0, 0, 0, null, null, null, false);
    while (!r.done()) {
      r =
          activities.rerateChunk(
              new RerateChunkRequest(
                  request, r.lastStart(), r.lastSource(), r.lastCallId(), CHUNK, workflowId));
      examined += r.examined();
      newlyRated += r.newlyRated();
      repriced += r.repriced();
      nowUnrated += r.nowUnrated();
      chunks++;
    }
    return new RerateReport(examined, newlyRated, repriced, nowUnrated, chunks);
  }
}

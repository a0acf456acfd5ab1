package com.didtron.workflows.siptest;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Paces the calls of one run; every call and all I/O happen in {@link SipCampaignActivities}. */
public class SipCampaignWorkflowImpl implements SipCampaignWorkflow {
  /** Time a call may take beyond its ring timeout and hold time (setup, BYE, storing). */
  static final Duration CALL_MARGIN = Duration.ofSeconds(60);

  private final SipCampaignActivities steps =
      Workflow.newActivityStub(
          SipCampaignActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(1))
              .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(5).build())
              .build());

  @Override
  public CampaignRunReport run(CampaignRunRequest request) {
    var info = Workflow.getInfo();
    CampaignPlan plan =
        steps.plan(new PlanRequest(request.campaignId(), info.getWorkflowId(), info.getRunId()));
    SipCampaignActivities calls = callStub(plan);
    try {
      placeAll(plan, calls);
    } catch (CanceledFailure stopped) {
      Workflow.newDetachedCancellationScope(
              () -> steps.finish(new FinishRequest(plan.runId(), true)))
          .run();
      throw stopped;
    }
    return steps.finish(new FinishRequest(plan.runId(), false));
  }

  private void placeAll(CampaignPlan plan, SipCampaignActivities calls) {
    Duration interval = Duration.ofNanos((long) Math.ceil(1e9 / plan.cps()));
    List<Promise<PlacedCall>> inFlight = new ArrayList<>();
    boolean first = true;
    for (PlannedCall call : plan.calls()) {
      while (inFlight.size() >= plan.concurrency()) {
        Promise.anyOf(inFlight).get();
        inFlight.removeIf(Promise::isCompleted);
      }
      if (!first) {
        Workflow.sleep(interval);
      }
      first = false;
      inFlight.add(
          Async.function(
              calls::placeCall,
              new PlaceCallRequest(
                  plan.runId(),
                  call.index(),
                  call.carrierId(),
                  call.destination(),
                  plan.holdSeconds(),
                  plan.ringTimeoutSeconds())));
    }
    Promise.allOf(inFlight).get();
  }

  private static SipCampaignActivities callStub(CampaignPlan plan) {
    Duration callTime =
        Duration.ofSeconds(plan.ringTimeoutSeconds() + (long) plan.holdSeconds()).plus(CALL_MARGIN);
    return Workflow.newActivityStub(
        SipCampaignActivities.class,
        ActivityOptions.newBuilder()
            .setStartToCloseTimeout(callTime)
            .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(2).build())
            .build());
  }
}

package com.didtron.workflows.switchcdr;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Pull, pause for as long as the pull says (cut short by {@link #pullNow()}), pull again; continue
 * as new after the plan's rounds. A failing pull is retried with backoff (up to a minute apart)
 * until the switch's database answers again: the cursor only moves with a stored pull, so nothing
 * is lost meanwhile.
 */
public class SwitchCdrPullWorkflowImpl implements SwitchCdrPullWorkflow {
  private final SwitchCdrPullActivities activities =
      Workflow.newActivityStub(
          SwitchCdrPullActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(5))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(1))
                      .setMaximumInterval(Duration.ofMinutes(1))
                      .build())
              .build());

  private boolean pullRequested;

  @Override
  public void pull(CdrPullPlan plan) {
    String workflowId = Workflow.getInfo().getWorkflowId();
    for (int round = 0; round < plan.roundsPerRun(); round++) {
      pullRequested = false;
      CdrPullRound pulled = activities.pullCdrs(plan.source(), workflowId);
      if (!pulled.more()) {
        Workflow.await(Duration.ofMillis(pulled.pauseMillis()), () -> pullRequested);
      }
    }
    Workflow.continueAsNew(plan);
  }

  @Override
  public void pullNow() {
    pullRequested = true;
  }
}

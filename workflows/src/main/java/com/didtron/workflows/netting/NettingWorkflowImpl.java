package com.didtron.workflows.netting;

import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** One activity over all companies; see {@link NettingWorkflow}. */
public class NettingWorkflowImpl implements NettingWorkflow {
  private final NettingActivities activities =
      Workflow.newActivityStub(
          NettingActivities.class,
          ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofMinutes(5)).build());

  @Override
  public int propose() {
    return activities.proposeAll(Workflow.getInfo().getWorkflowId());
  }
}

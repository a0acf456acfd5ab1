package com.didtron.workflows.switchcdr;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Pulls one switch's CDRs into the CDR pipeline for as long as the platform runs: a pull, then a
 * pause of the platform's interval (none while the switch has more rows waiting), again and again;
 * after {@link CdrPullPlan#roundsPerRun()} rounds it continues as new so its history stays short.
 * One per source, started with the platform; {@link #pullNow()} cuts the pause short.
 */
@WorkflowInterface
public interface SwitchCdrPullWorkflow {
  /** The workflow id of a source's pull: one per source and platform. */
  static String workflowId(String source) {
    return "switch-cdr-pull-" + source;
  }

  @WorkflowMethod
  void pull(CdrPullPlan plan);

  /** Pull now instead of waiting for the rest of the interval. */
  @SignalMethod
  void pullNow();
}

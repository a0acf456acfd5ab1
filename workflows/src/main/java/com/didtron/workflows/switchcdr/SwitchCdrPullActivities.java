package com.didtron.workflows.switchcdr;

import io.temporal.activity.ActivityInterface;

/** One pull of a source's CDRs: read after the stored cursor, store, move the cursor. */
@ActivityInterface
public interface SwitchCdrPullActivities {
  /**
   * Pulls and stores the next rows of {@code source} in one transaction with its cursor; a repeat
   * after a failure reads the same rows again and stores nothing twice.
   */
  CdrPullRound pullCdrs(String source, String workflowId);
}

package com.didtron.workflows.switchsync;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Waits for a change signal or the timer, then pushes until nothing is pending. An unreachable
 * switch makes the push activity fail; its retry policy (unlimited attempts, backoff from 1 s to
 * {@link #MAX_BACKOFF}) keeps trying, so a change is never dropped.
 */
public class SwitchSyncWorkflowImpl implements SwitchSyncWorkflow {
  /** The longest a pending change waits without a signal. */
  static final Duration WAKE_EVERY = Duration.ofSeconds(30);

  /** The longest pause between two attempts while the switch is down. */
  static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  /** Rounds per run before the workflow continues as new. */
  static final int ROUNDS_PER_RUN = 200;

  private final SwitchSyncActivities steps =
      Workflow.newActivityStub(
          SwitchSyncActivities.class,
          ActivityOptions.newBuilder()
              .setStartToCloseTimeout(Duration.ofMinutes(5))
              .setRetryOptions(
                  RetryOptions.newBuilder()
                      .setInitialInterval(Duration.ofSeconds(1))
                      .setBackoffCoefficient(2.0)
                      .setMaximumInterval(MAX_BACKOFF)
                      .setMaximumAttempts(0)
                      .build())
              .build());

  private boolean changed = true;

  @Override
  public void sync(String target) {
    for (int round = 0; round < ROUNDS_PER_RUN; round++) {
      Workflow.await(WAKE_EVERY, () -> changed);
      changed = false;
      SyncRound pushed = steps.push(target);
      while (pushed.more()) {
        pushed = steps.push(target);
      }
    }
    Workflow.continueAsNew(target);
  }

  @Override
  public void changed() {
    changed = true;
  }
}

package com.didtron.workflows.switchsync;

import io.temporal.activity.ActivityInterface;

/** The one step of a target's switch sync. */
@ActivityInterface(namePrefix = "SwitchSync")
public interface SwitchSyncActivities {
  /**
   * Pushes a batch of the target's pending objects in the order of their changes. An object the
   * switch refuses is marked FAILED with the switch's error and the batch goes on; while the switch
   * cannot be reached it throws (the objects stay pending, with the reason), and the activity's
   * retry policy tries again with backoff.
   */
  SyncRound push(String target);
}

package com.didtron.activities.switchpush;

import com.didtron.activities.switchsync.SwitchSyncStates;
import com.didtron.activities.switchsync.SwitchSyncStates.SyncObject;
import com.didtron.workflows.switchsync.SwitchSyncActivities;
import com.didtron.workflows.switchsync.SyncRound;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pushes a target's pending objects in the order of their oldest unpushed change (so per account in
 * change order). A refused object is marked FAILED and the others go on: a failed trunk never holds
 * back the suspension of its account, and every push sends the whole object as it is now, so
 * nothing later depends on a refused push's content. An unreachable switch stops the batch: the
 * object keeps its place with the reason, and the activity fails so that Temporal retries it.
 */
@Component
class SwitchSyncActivitiesImpl implements SwitchSyncActivities {
  static final int BATCH = 100;
  private static final Logger log = LoggerFactory.getLogger(SwitchSyncActivitiesImpl.class);

  private final Map<String, ObjectPusher> pushers;
  private final SwitchSyncStates states;
  private final Clock clock;

  SwitchSyncActivitiesImpl(List<ObjectPusher> pushers, SwitchSyncStates states, Clock clock) {
    this.pushers =
        pushers.stream().collect(Collectors.toMap(ObjectPusher::target, Function.identity()));
    this.states = states;
    this.clock = clock;
  }

  @Override
  public SyncRound push(String target) {
    ObjectPusher pusher = pushers.get(target);
    if (pusher == null) {
      log.warn("No switch named {} is configured: its pending objects wait", target);
      return new SyncRound(0, 0, false);
    }
    List<SyncObject> batch = states.pending(target, BATCH);
    int pushed = 0;
    int failed = 0;
    boolean changedMeanwhile = false;
    for (SyncObject o : batch) {
      try {
        pusher.push(o);
      } catch (RuntimeException e) {
        if (SwitchErrors.unreachable(e)) {
          states.stillPending(o, e.getMessage(), clock.instant());
          throw ApplicationFailure.newFailureWithCause(
              target + " unreachable: " + e.getMessage(), "SwitchUnreachable", e);
        }
        states.failed(o, SwitchErrors.message(e), clock.instant());
        failed++;
        continue;
      }
      if (states.inSync(o, clock.instant())) {
        pushed++;
      } else {
        changedMeanwhile = true;
      }
    }
    return new SyncRound(pushed, failed, changedMeanwhile || batch.size() == BATCH);
  }
}

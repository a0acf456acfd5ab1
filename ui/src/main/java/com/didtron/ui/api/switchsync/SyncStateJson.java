package com.didtron.ui.api.switchsync;

import com.didtron.activities.switchsync.SwitchSyncStates.SyncObject;
import java.time.Instant;

/** One object as one switch sees it, over the API. */
public record SyncStateJson(
    String target,
    String objectType,
    String objectId,
    String accountId,
    String state,
    Instant since,
    String error,
    int attempts) {
  static SyncStateJson of(SyncObject o) {
    return new SyncStateJson(
        o.target(),
        o.type().name(),
        o.objectId(),
        o.accountId().toString(),
        o.status().name(),
        o.since(),
        o.error(),
        o.attempts());
  }
}

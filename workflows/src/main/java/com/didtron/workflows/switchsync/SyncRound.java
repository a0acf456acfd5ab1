package com.didtron.workflows.switchsync;

/**
 * What one push did.
 *
 * @param pushed objects now in sync
 * @param failed objects the switch refused (marked FAILED)
 * @param more whether pending objects are left (a full batch, or changes that came in meanwhile)
 */
public record SyncRound(int pushed, int failed, boolean more) {}

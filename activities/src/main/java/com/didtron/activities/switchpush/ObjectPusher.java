package com.didtron.activities.switchpush;

import com.didtron.activities.switchsync.SwitchSyncStates.SyncObject;

/**
 * Writes one object, as DIDTron has it now, to one switch. Throws what the switch answered: an
 * unreachable switch ({@link SwitchErrors#unreachable}) leaves the object pending; anything else
 * marks it failed with the message.
 */
interface ObjectPusher {
  /** The target this pusher writes to, e.g. {@code kamailio}. */
  String target();

  void push(SyncObject object);
}

package com.didtron.domain.switchsync;

/** Where an object stands with one switch (target) of the switch sync. */
public enum SyncStatus {
  /** A change is recorded and not yet on the switch (the switch may be down). */
  PENDING,
  /** The switch has the object as DIDTron has it. */
  IN_SYNC,
  /** The switch refused the last push; its error is kept until a new change or a retry. */
  FAILED
}

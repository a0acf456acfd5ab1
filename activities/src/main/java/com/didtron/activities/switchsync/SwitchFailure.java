package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;

/** Why a call to a hosted switch failed; the message is fit for the sync status (no secrets). */
@Facade
public abstract sealed class SwitchFailure extends RuntimeException
    permits SwitchRejected, SwitchUnreachable, SwitchUnreadable {
  protected SwitchFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether trying again later may succeed without anyone changing anything. */
  public abstract boolean retriable();
}

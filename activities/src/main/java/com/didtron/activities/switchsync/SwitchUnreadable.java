package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;

/** The switch answered, but not in a shape DIDTron can read (or cannot page on). */
@Facade
public final class SwitchUnreadable extends SwitchFailure {
  public SwitchUnreadable(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retriable() {
    return false;
  }
}

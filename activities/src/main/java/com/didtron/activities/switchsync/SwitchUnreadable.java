package com.didtron.activities.switchsync;

/** The switch answered, but not in a shape DIDTron can read (or cannot page on). */
public final class SwitchUnreadable extends SwitchFailure {
  public SwitchUnreadable(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retriable() {
    return false;
  }
}

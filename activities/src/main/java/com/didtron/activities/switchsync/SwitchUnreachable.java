package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;

/** No answer from the switch (refused, timed out, unknown host) or its address is not allowed. */
@Facade
public final class SwitchUnreachable extends SwitchFailure {
  private final boolean retriable;

  public SwitchUnreachable(String message, Throwable cause, boolean retriable) {
    super(message, cause);
    this.retriable = retriable;
  }

  @Override
  public boolean retriable() {
    return retriable;
  }
}

package com.didtron.activities.switchsync;

import com.didtron.activities.Facade;

/**
 * The switch answered with an error status; {@link #getMessage()} is the switch's own message.
 * Server errors and throttling (5xx, 429) are retriable; other refusals need a change first.
 */
@Facade
public final class SwitchRejected extends SwitchFailure {
  private final int status;
  private final String switchMessage;

  public SwitchRejected(int status, String switchMessage) {
    super("The switch refused it (HTTP " + status + "): " + switchMessage, null);
    this.status = status;
    this.switchMessage = switchMessage;
  }

  public int status() {
    return status;
  }

  /** The error message as the switch gave it. */
  public String switchMessage() {
    return switchMessage;
  }

  @Override
  public boolean retriable() {
    return status >= 500 || status == 429 || status == 408;
  }
}

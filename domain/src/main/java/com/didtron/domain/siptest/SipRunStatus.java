package com.didtron.domain.siptest;

/**
 * Where a test campaign, or one run of it, stands: RUNNING until it COMPLETED, was STOPPED or
 * FAILED to start.
 */
public enum SipRunStatus {
  RUNNING,
  COMPLETED,
  STOPPED,
  FAILED;

  /** Whether calls may still be placed for it. */
  public boolean isRunning() {
    return this == RUNNING;
  }
}

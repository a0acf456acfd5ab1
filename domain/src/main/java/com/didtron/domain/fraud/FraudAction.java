package com.didtron.domain.fraud;

/** What the platform does about a fraud condition, from mildest to strongest. */
public enum FraudAction {
  /** Staff are notified; the account keeps calling. */
  ALERT,
  /** New calls of the account are refused until staff clear the event; calls in progress go on. */
  BLOCK,
  /** The account is suspended (status SUSPENDED) until staff resume it. */
  SUSPEND;

  /** Whether this action is stronger than the other. */
  public boolean strongerThan(FraudAction other) {
    return other == null || compareTo(other) > 0;
  }
}

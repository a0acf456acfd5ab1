package com.didtron.domain.netting;

/** A dispute is OPEN (its amount held out of netting) until finance closes it with a resolution. */
public enum DisputeStatus {
  OPEN,
  CLOSED;

  /** The status once closed; refused when already closed. */
  public DisputeStatus close() {
    if (this != OPEN) {
      throw new IllegalStateException("A dispute that is " + name() + " cannot be closed again");
    }
    return CLOSED;
  }
}

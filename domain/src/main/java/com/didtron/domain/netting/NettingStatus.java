package com.didtron.domain.netting;

/**
 * Where a netting proposal stands: PROPOSED until finance decides, then APPROVED (posted and
 * numbered) or REJECTED. Only a proposal can be decided; both decisions are final.
 */
public enum NettingStatus {
  PROPOSED,
  APPROVED,
  REJECTED;

  /** The status once approved; refused unless still proposed. */
  public NettingStatus approve() {
    return decide(APPROVED);
  }

  /** The status once rejected; refused unless still proposed. */
  public NettingStatus reject() {
    return decide(REJECTED);
  }

  /** Refuses, naming the decision already taken, unless the request is still a proposal. */
  public NettingStatus requireProposed() {
    if (this != PROPOSED) {
      throw new IllegalStateException(
          "This netting request is " + name().toLowerCase() + " already");
    }
    return this;
  }

  private NettingStatus decide(NettingStatus next) {
    requireProposed();
    return next;
  }
}

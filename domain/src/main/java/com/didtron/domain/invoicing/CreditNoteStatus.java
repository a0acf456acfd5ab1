package com.didtron.domain.invoicing;

/**
 * Where a credit note stands: PENDING until finance decides, then APPROVED or REJECTED. Only a
 * pending note can be decided; both decisions are final.
 */
public enum CreditNoteStatus {
  PENDING,
  APPROVED,
  REJECTED;

  /** The status of this note once approved; refused unless it is pending. */
  public CreditNoteStatus approve() {
    return decide(APPROVED);
  }

  /** The status of this note once rejected; refused unless it is pending. */
  public CreditNoteStatus reject() {
    return decide(REJECTED);
  }

  /** Whether finance still has to decide it. */
  public boolean isPending() {
    return this == PENDING;
  }

  private CreditNoteStatus decide(CreditNoteStatus next) {
    if (this != PENDING) {
      throw new IllegalStateException(
          "A credit note that is " + name() + " cannot become " + next.name());
    }
    return next;
  }
}

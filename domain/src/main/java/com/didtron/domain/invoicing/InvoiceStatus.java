package com.didtron.domain.invoicing;

import java.util.Set;

/**
 * Where an invoice stands: ISSUED (open, not yet due or within terms), OVERDUE (open after its due
 * date), PAID (payments and credit notes cover it; a prepaid statement is paid at issue) or
 * CANCELLED (fully credited while open). PAID and CANCELLED are final.
 */
public enum InvoiceStatus {
  ISSUED,
  OVERDUE,
  PAID,
  CANCELLED;

  /** Whether money is still expected on it. */
  public boolean isOpen() {
    return this == ISSUED || this == OVERDUE;
  }

  /** The status after {@code next}, or a refusal naming both when the change is not allowed. */
  public InvoiceStatus moveTo(InvoiceStatus next) {
    if (!allowed().contains(next)) {
      throw new IllegalStateException(
          "An invoice that is " + name() + " cannot become " + next.name());
    }
    return next;
  }

  private Set<InvoiceStatus> allowed() {
    return switch (this) {
      case ISSUED -> Set.of(OVERDUE, PAID, CANCELLED);
      case OVERDUE -> Set.of(PAID, CANCELLED);
      case PAID, CANCELLED -> Set.of();
    };
  }
}

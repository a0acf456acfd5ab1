package com.didtron.workflows.invoicing;

import io.temporal.activity.ActivityInterface;

/** The steps of the overdue watch; each one transaction, idempotent on the invoice. */
@ActivityInterface(namePrefix = "Overdue")
public interface OverdueActivities {
  /** When the invoice becomes overdue and whether and when an overdue account is blocked. */
  OverduePlan plan(InvoiceRef invoice);

  /** Marks the invoice OVERDUE if it is still open; false when it is paid or cancelled already. */
  boolean markOverdue(InvoiceRef invoice);

  /** Puts the overdue reminder in the outbox, once. */
  void remind(InvoiceRef invoice);

  /**
   * Blocks the account's new calls (recorded, audited, switch told) if the invoice is still open.
   */
  boolean block(InvoiceRef invoice);

  /** Whether the invoice is no longer open (paid or cancelled). */
  boolean settled(InvoiceRef invoice);

  /** Lifts the invoice's block (recorded, audited, switch told); nothing when already lifted. */
  void unblock(InvoiceRef invoice);
}

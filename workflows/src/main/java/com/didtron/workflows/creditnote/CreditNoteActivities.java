package com.didtron.workflows.creditnote;

import io.temporal.activity.ActivityInterface;

/** The effects of the approval process; each is one transaction, idempotent on the credit note. */
@ActivityInterface(namePrefix = "CreditNote")
public interface CreditNoteActivities {
  /** Emails finance that the note still waits (reminder number {@code count}). */
  void remind(CreditNoteStep step);

  /** Marks the note escalated and emails the escalation address. */
  void escalate(CreditNoteStep step);

  /**
   * Numbers the note, posts its correcting entry (once), renders its PDF and emails the customer.
   */
  String approve(CreditNoteStep step);

  /** Closes the note as rejected. */
  void reject(CreditNoteStep step);
}

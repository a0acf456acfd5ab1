package com.didtron.activities.creditnote;

import com.didtron.domain.invoicing.CreditNote;

/**
 * The outcome of asking for a credit note: created (and waiting for finance) or refused with a
 * reason.
 */
public sealed interface CreditNoteChange {
  record Created(CreditNote note) implements CreditNoteChange {}

  record Rejected(String message) implements CreditNoteChange {}
}

package com.didtron.workflows.creditnote;

/** Who decided and why (the note is optional on approval, required on rejection). */
public record CreditNoteDecision(String decidedBy, String note) {}

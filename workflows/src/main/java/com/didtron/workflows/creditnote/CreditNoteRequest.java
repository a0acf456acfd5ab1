package com.didtron.workflows.creditnote;

import java.util.UUID;

/**
 * @param remindEveryMinutes how often finance is reminded while the note waits
 * @param escalateAfterMinutes when the note is escalated (once) if still undecided
 */
public record CreditNoteRequest(
    UUID tenantId, UUID creditNoteId, long remindEveryMinutes, long escalateAfterMinutes) {}

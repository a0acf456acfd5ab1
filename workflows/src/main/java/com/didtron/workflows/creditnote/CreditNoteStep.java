package com.didtron.workflows.creditnote;

import java.util.UUID;

/**
 * One step on a credit note.
 *
 * @param decision the decision being applied (approve/reject), else null
 * @param count the reminder's number (reminders), else 0
 */
public record CreditNoteStep(
    UUID tenantId, UUID creditNoteId, String workflowId, CreditNoteDecision decision, int count) {}

package com.didtron.activities.ledger;

import com.didtron.activities.Facade;
import com.didtron.domain.ledger.JournalEntryId;
import com.didtron.domain.ledger.SourceRef;
import com.didtron.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Undo an entry by posting its mirror image.
 *
 * @param source the document that asks for the correction (a refund, a credit note, an adjustment)
 * @param reason why, shown as the reversal's description
 * @param effectiveDate the reversal's accounting date (the original's FX rates are kept)
 * @param workflowId the workflow doing it, or null
 * @param idempotencyKey unique per tenant, like any entry's
 */
@Facade
public record ReversalRequest(
    TenantId tenantId,
    JournalEntryId entryId,
    SourceRef source,
    String reason,
    LocalDate effectiveDate,
    String workflowId,
    String idempotencyKey) {
  public ReversalRequest {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a reversal needs a reason");
    }
  }
}

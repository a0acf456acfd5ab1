package com.didtron.domain.ledger;

import com.didtron.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A posted journal entry. Never changed: a mistake is corrected by a reversal entry whose {@link
 * #reversesEntryId} points here.
 *
 * @param entryNo the ledger-wide sequence number, ascending in posting order
 * @param postedBy the actor that posted it ({@code system:<job>} for the platform)
 * @param reversesEntryId the entry this one reverses, or null
 */
public record JournalEntry(
    JournalEntryId id,
    long entryNo,
    TenantId tenantId,
    LocalDate effectiveDate,
    Instant postedAt,
    String postedBy,
    String description,
    SourceRef source,
    String workflowId,
    String idempotencyKey,
    JournalEntryId reversesEntryId,
    List<PostedLine> lines) {
  public JournalEntry {
    lines = List.copyOf(lines);
  }

  public boolean isReversal() {
    return reversesEntryId != null;
  }
}

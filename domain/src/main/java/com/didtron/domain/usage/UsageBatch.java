package com.didtron.domain.usage;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The charges of one ingested CDR batch, aggregated per account, leg and currency: what the rating
 * pipeline hands to money (the ledger turns each batch into journal entries exactly once, keyed by
 * {@link #batchId}).
 *
 * @param tenantId the tenant the batch belongs to
 * @param batchId unique per ingested batch; the idempotency key of the postings
 * @param source where the CDRs came from (file name, API upload, inbox path)
 * @param workflowId the workflow that ingested the batch, or null when ingested synchronously
 * @param charges one line per account, leg and currency; never empty amounts of zero calls
 */
public record UsageBatch(
    UUID tenantId, UUID batchId, String source, String workflowId, List<UsageCharge> charges) {
  public UsageBatch {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(batchId, "batchId");
    Objects.requireNonNull(source, "source");
    charges = List.copyOf(charges);
  }
}

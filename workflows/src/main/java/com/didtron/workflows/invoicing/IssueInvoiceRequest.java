package com.didtron.workflows.invoicing;

import java.util.UUID;

/**
 * Issue the invoice of (account, period); {@code workflowId} is linked from the invoice and its
 * entry.
 */
public record IssueInvoiceRequest(
    UUID tenantId, UUID accountId, String periodKey, String workflowId) {}

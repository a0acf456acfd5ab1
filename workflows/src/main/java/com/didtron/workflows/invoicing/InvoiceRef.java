package com.didtron.workflows.invoicing;

import java.util.UUID;

/** One issued invoice. */
public record InvoiceRef(UUID tenantId, UUID invoiceId) {}

package com.didtron.workflows.invoicing;

import java.util.UUID;

/**
 * Which invoice to make.
 *
 * @param periodKey the billing period in the account's cycle ({@code 2026-03}, {@code 2026-W10},
 *     {@code 2026-03-04})
 */
public record InvoiceRunRequest(UUID tenantId, UUID accountId, String periodKey) {}

package com.didtron.domain.invoicing;

import java.math.BigDecimal;

/**
 * A line of an invoice.
 *
 * @param kind USAGE (rated calls) or DID_ACCRUAL (number rental accrued over the period)
 * @param destination the destination name for usage by destination, else null
 * @param calls null when the source does not know
 * @param billableSeconds null when the source does not know
 */
public record InvoiceLine(
    int lineNo,
    String kind,
    String description,
    String destination,
    Long calls,
    Long billableSeconds,
    BigDecimal amount) {}

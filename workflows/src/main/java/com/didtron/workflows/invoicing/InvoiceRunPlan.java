package com.didtron.workflows.invoicing;

/**
 * When the run may issue its invoice.
 *
 * @param closesAtEpochMillis the period's end plus the grace time for late CDRs
 */
public record InvoiceRunPlan(String cycle, String periodKey, long closesAtEpochMillis) {}

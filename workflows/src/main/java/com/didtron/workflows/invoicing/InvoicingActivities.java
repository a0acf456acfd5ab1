package com.didtron.workflows.invoicing;

import io.temporal.activity.ActivityInterface;

/**
 * The steps of an invoice run; each is one database transaction, idempotent on its business key.
 */
@ActivityInterface(namePrefix = "Invoicing")
public interface InvoicingActivities {
  /** The period and when it closes (its end plus the configured grace time). */
  InvoiceRunPlan plan(InvoiceRunRequest request);

  /**
   * Issues the invoice of (account, period) if it does not exist yet: gathers the usage, adds DID
   * accruals and tax, takes the next gap-free number and posts the ledger entry, all in one
   * transaction. Returns the invoice already issued when called again.
   */
  IssuedInvoice issue(IssueInvoiceRequest request);

  /** Renders and stores the invoice's PDF unless it is stored already. */
  void renderPdf(InvoiceRef invoice);

  /** Puts the invoice email (PDF attached as a link to the portal) in the outbox, once. */
  void email(InvoiceRef invoice);

  /** Starts the invoice's {@link InvoiceOverdueWorkflow} if payment is expected on it (once). */
  void watchOverdue(InvoiceRef invoice);
}

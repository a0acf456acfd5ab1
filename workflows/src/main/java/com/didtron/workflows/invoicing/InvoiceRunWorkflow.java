package com.didtron.workflows.invoicing;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.UUID;

/**
 * The invoice of one account for one billing period. The run waits (a durable timer) until the
 * period has closed — its end plus a grace time, so late CDRs land — then issues the invoice
 * (number, lines, tax, ledger entry in one transaction), renders its PDF and emails it.
 *
 * <p>Exactly once: the workflow id is {@link #workflowId}, so a second start while it runs is
 * refused by Temporal; every activity is idempotent on the business key (account, period), so a
 * worker killed mid-activity and retried, or a later second run, finds the invoice already issued.
 */
@WorkflowInterface
public interface InvoiceRunWorkflow {
  /** {@code invoice-<account>-<period>}, e.g. {@code invoice-5f0c…-2026-03}. */
  static String workflowId(UUID accountId, String periodKey) {
    return "invoice-" + accountId + "-" + periodKey;
  }

  @WorkflowMethod
  InvoiceRunResult run(InvoiceRunRequest request);
}

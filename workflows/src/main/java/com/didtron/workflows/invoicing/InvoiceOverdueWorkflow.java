package com.didtron.workflows.invoicing;

import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.UUID;

/**
 * Watches one open invoice until it is paid: sleeps (a durable timer) until the end of its due
 * date; if still open marks it OVERDUE and reminds the customer (outbox email); then, when blocking
 * is configured, waits the block delay and — still unpaid — blocks the account's new calls through
 * the switch-sync seam ("blocked: overdue", recorded as an account block) until the invoice is
 * paid, then unblocks. A payment that settles the invoice signals {@link #paid()}; the workflow
 * also re-checks on a timer, so a lost signal only delays the unblock.
 */
@WorkflowInterface
public interface InvoiceOverdueWorkflow {
  /** {@code invoice-overdue-<invoice>}. */
  static String workflowId(UUID invoiceId) {
    return "invoice-overdue-" + invoiceId;
  }

  /**
   * @return how it ended: PAID (before or after reminding), REMINDED (no blocking), UNBLOCKED
   */
  @WorkflowMethod
  String watch(InvoiceRef invoice);

  @SignalMethod
  void paid();
}

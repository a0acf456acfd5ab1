package com.didtron.workflows.creditnote;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.UUID;

/**
 * The approval of a credit note. An admin created it against an invoice; the workflow waits for a
 * FINANCE decision (signalled from the finance task inbox), reminds finance at a fixed interval (a
 * durable timer) and escalates once when nobody decided within the escalation time. Approval
 * numbers the credit note, posts its correcting ledger entry and issues its PDF; rejection closes
 * it without touching the ledger.
 */
@WorkflowInterface
public interface CreditNoteWorkflow {
  static String workflowId(UUID creditNoteId) {
    return "credit-note-" + creditNoteId;
  }

  @WorkflowMethod
  String awaitDecision(CreditNoteRequest request);

  /** Finance approved (the service has checked the role). */
  @SignalMethod
  void approve(CreditNoteDecision decision);

  /** Finance rejected. */
  @SignalMethod
  void reject(CreditNoteDecision decision);

  /** PENDING, ESCALATED, APPROVED or REJECTED. */
  @QueryMethod
  String state();
}

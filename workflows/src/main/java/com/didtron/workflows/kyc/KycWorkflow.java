package com.didtron.workflows.kyc;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.UUID;

/**
 * An account's know-your-customer case (issue 12 point 2): the Stripe Identity session (when Stripe
 * is configured) → waits for its webhook as a signal, reminding the customer and expiring after a
 * while → the requirements table decides which documents are still missing → waits for uploads
 * (same reminders and expiry) → manual review by staff (approve, or reject with a reason) →
 * VERIFIED or REJECTED. Staff may decide at any step.
 */
@WorkflowInterface
public interface KycWorkflow {
  static String workflowId(UUID accountId) {
    return "kyc-" + accountId;
  }

  /** VERIFIED or REJECTED. */
  @WorkflowMethod
  String run(KycRequest request);

  /** The Stripe Identity session was verified (webhook). */
  @SignalMethod
  void identityVerified();

  /** A document was uploaded; the workflow asks again what is missing. */
  @SignalMethod
  void documentUploaded();

  @SignalMethod
  void approve(KycDecision decision);

  @SignalMethod
  void reject(KycDecision decision);

  /** IDENTITY_PENDING, DOCUMENTS_REQUIRED, IN_REVIEW, VERIFIED or REJECTED. */
  @QueryMethod
  String state();
}

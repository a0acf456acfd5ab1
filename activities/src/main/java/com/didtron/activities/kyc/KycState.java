package com.didtron.activities.kyc;

/** Where an account's KYC case stands (column {@code kyc_case.state}). */
public enum KycState {
  NOT_STARTED,
  /** Waiting for the customer to finish the Stripe Identity session. */
  IDENTITY_PENDING,
  /** Waiting for the documents the requirements table asks for. */
  DOCUMENTS_REQUIRED,
  /** Waiting for staff to approve or reject. */
  IN_REVIEW,
  VERIFIED,
  /** Refused by staff (with a reason) or expired without an answer. */
  REJECTED
}

package com.didtron.domain.signup;

/** What the sign-up approval table decides once the email is verified. */
public enum ApprovalVerdict {
  /** Activate the account now. */
  APPROVE,
  /** Queue it for staff. */
  REVIEW,
  /** Refuse it. */
  REJECT
}

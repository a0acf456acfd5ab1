package com.didtron.domain.signup;

import java.util.Set;

/**
 * Where a sign-up stands (docs/onboarding.md has the diagram). A state change is a method that
 * refuses what the business does not allow. A KYC step will sit between {@link #EMAIL_VERIFIED} and
 * the approval decision.
 */
public enum SignupState {
  /** The account and user exist (PENDING, disabled); the verification link was emailed. */
  AWAITING_EMAIL,
  /** The link was followed; the approval decision comes next. */
  EMAIL_VERIFIED,
  /** Waiting for staff to approve or reject. */
  PENDING_APPROVAL,
  /** The account is active and its user may sign in. */
  APPROVED,
  /** Refused; the account stays PENDING and the user disabled. */
  REJECTED;

  /** The email was verified. */
  public SignupState verify() {
    return require(Set.of(AWAITING_EMAIL), "verify the email of").next(EMAIL_VERIFIED);
  }

  /** The approval table asked for a person to decide. */
  public SignupState review() {
    return require(Set.of(EMAIL_VERIFIED), "queue for review").next(PENDING_APPROVAL);
  }

  /** Approved, by the table or by staff. */
  public SignupState approve() {
    return require(Set.of(EMAIL_VERIFIED, PENDING_APPROVAL), "approve").next(APPROVED);
  }

  /** Rejected, by the table or by staff. */
  public SignupState reject() {
    return require(Set.of(EMAIL_VERIFIED, PENDING_APPROVAL), "reject").next(REJECTED);
  }

  public boolean isDecided() {
    return this == APPROVED || this == REJECTED;
  }

  private SignupState require(Set<SignupState> from, String what) {
    if (!from.contains(this)) {
      throw new IllegalStateException(
          "Cannot " + what + " a sign-up that is " + name().toLowerCase().replace('_', ' '));
    }
    return this;
  }

  private SignupState next(SignupState to) {
    return to;
  }
}

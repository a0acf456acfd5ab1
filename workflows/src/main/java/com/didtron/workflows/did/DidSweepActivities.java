package com.didtron.workflows.did;

import io.temporal.activity.ActivityInterface;

/** The steps of the lifecycle sweep; each idempotent (a second run finds nothing left to do). */
@ActivityInterface(namePrefix = "DidSweep")
public interface DidSweepActivities {
  /** Frees reservations whose order hold passed; how many. */
  int freeExpiredReservations();

  /** Ends the quarantines that are over (QUARANTINE → AVAILABLE); how many. */
  int endQuarantines();

  /** Suspends the numbers of prepaid accounts below zero (switch push, email); how many. */
  int suspendUnpaid();

  /** Resumes the suspended numbers of accounts at or above zero again; how many. */
  int resumePaid();

  /** Starts the release of numbers suspended longer than the grace; how many started. */
  int releaseOverdue();
}

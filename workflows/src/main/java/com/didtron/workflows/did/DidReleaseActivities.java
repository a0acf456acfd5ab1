package com.didtron.workflows.did;

import io.temporal.activity.ActivityInterface;

/** The steps of a release; each one transaction and idempotent. */
@ActivityInterface(namePrefix = "DidRelease")
public interface DidReleaseActivities {
  /**
   * Takes the number out of service in one transaction: no account, no destination, {@code
   * QUARANTINE} until the quarantine ends, a switch change queued (the switch then answers 404) and
   * the change audited. A number already out of service answers {@code released=false}.
   */
  DidReleaseLine unassign(DidReleaseRequest request);

  /**
   * Terminates the number at its provider; false when there is nothing to terminate (our own stock,
   * or a provider not configured): the number then stays in quarantine.
   */
  boolean releaseAtProvider(DidReleaseRequest request, DidReleaseLine line);

  /** A provider's number that was terminated there: RELEASED, kept for history only. */
  void givenBack(DidReleaseRequest request, DidReleaseLine line);
}

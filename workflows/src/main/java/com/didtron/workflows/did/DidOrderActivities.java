package com.didtron.workflows.did;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/**
 * The steps of a DID order and their compensations; each one transaction and idempotent, so a retry
 * or a replay after a crash does no harm. A step that must not be retried (requirements no longer
 * met, the provider refused) fails with a non-retryable ApplicationFailure of type {@link
 * #REFUSED}.
 */
@ActivityInterface(namePrefix = "DidOrder")
public interface DidOrderActivities {
  /** The failure type of a step that retrying cannot fix. */
  String REFUSED = "DidOrderRefused";

  /** The order becomes PROVISIONING; its numbers. */
  List<DidOrderLine> begin(DidOrderRequest request);

  /** Checks again: KYC requirements met and every number still reserved for this order. */
  void check(DidOrderRequest request);

  /** Charges the item's setup fee to the account (idempotency key {@code did-setup-<itemId>}). */
  void chargeSetup(DidOrderRequest request, DidOrderLine line);

  /** Buys the number at its provider (the manual provider has nothing to do). */
  void orderAtProvider(DidOrderRequest request, DidOrderLine line);

  /**
   * Every number ACTIVE for the account with the order's destination, a switch change per number,
   * the order ACTIVE; one transaction.
   */
  void activate(DidOrderRequest request);

  /** Compensation of {@link #orderAtProvider}: gives the number back to the provider. */
  void releaseAtProvider(DidOrderRequest request, DidOrderLine line);

  /** Compensation of {@link #chargeSetup}: reverses the setup charge, if one was posted. */
  void reverseSetup(DidOrderRequest request, DidOrderLine line);

  /** Compensation of the reservation: the order's numbers back to AVAILABLE. */
  void freeReservation(DidOrderRequest request);

  /** The order ends FAILED with the reason. */
  void fail(DidOrderRequest request, String reason);
}

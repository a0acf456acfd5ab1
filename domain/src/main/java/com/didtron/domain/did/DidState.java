package com.didtron.domain.did;

/**
 * Where a number of the inventory stands. The provisioning workflow moves AVAILABLE → RESERVED →
 * ACTIVE (and back to AVAILABLE when it compensates); a release moves ACTIVE → QUARANTINE, and the
 * quarantine ends in AVAILABLE again, or in RELEASED when the number goes back to its provider.
 */
public enum DidState {
  /** Sellable: customers find it in the search. */
  AVAILABLE,
  /** Held for an order until its reservation ends. */
  RESERVED,
  /** An account has it and pays its rental. */
  ACTIVE,
  /** Released by its account; not sold again until the quarantine ends. */
  QUARANTINE,
  /** Returned to the provider; kept for history only. */
  RELEASED
}

package com.didtron.activities.cdr;

import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.ratedeck.RatingAccess;
import com.didtron.domain.user.Role;

/**
 * Who looks at CDRs, which decides what they may see: staff (rating readers) both legs and the
 * margin; a customer's portal user the calls it placed, its own leg only; a carrier's portal user
 * the calls it terminated, its own leg only. A portal user with both roles is treated as the
 * customer.
 */
public enum CdrAudience {
  STAFF,
  CUSTOMER,
  CARRIER;

  /** The audience of {@code actor}; refuses an actor that may not read CDRs at all. */
  public static CdrAudience of(Actor actor) {
    if (actor.isStaff()) {
      RatingAccess.requireReader(actor);
      return STAFF;
    }
    if (actor.ownAccount().isEmpty()) {
      throw new AccessDenied("No account");
    }
    if (actor.has(Role.CUSTOMER)) {
      return CUSTOMER;
    }
    if (actor.has(Role.CARRIER)) {
      return CARRIER;
    }
    throw new AccessDenied("No account");
  }
}

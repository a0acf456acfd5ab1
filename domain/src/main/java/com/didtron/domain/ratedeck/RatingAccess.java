package com.didtron.domain.ratedeck;

import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.user.Role;

/**
 * Who may do what with rate cards, CDRs and routes. Staff read; super admins and finance change
 * prices, ingest and re-rate CDRs (they move money). Portal users see their own CDRs only, which
 * the CDR queries enforce themselves.
 */
public final class RatingAccess {
  private RatingAccess() {}

  /** Reading rate cards, route tests, CDRs of every account: staff. */
  public static void requireReader(Actor actor) {
    AccessPolicy.requireStaff(actor);
  }

  /** Importing and activating rate cards, ingesting and re-rating CDRs, exchange rates. */
  public static void requireWriter(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN) && !actor.has(Role.FINANCE)) {
      throw new AccessDenied("Only super admins and finance may change prices or charges");
    }
  }
}

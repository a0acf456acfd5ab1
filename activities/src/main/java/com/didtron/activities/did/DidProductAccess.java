package com.didtron.activities.did;

import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.user.Role;
import org.springframework.stereotype.Component;

/**
 * Who may search numbers: staff, and customer users. This is the seam for product visibility (issue
 * 12 point 1): when the product assignment table lands, the customer branch asks it whether the
 * product "DIDs" is visible to the actor's account.
 */
@Component
class DidProductAccess {
  void requireSearch(Actor actor) {
    if (actor.isStaff() || actor.has(Role.CUSTOMER)) {
      return;
    }
    throw new AccessDenied("Numbers are sold to customers only");
  }
}

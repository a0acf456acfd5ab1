package com.didtron.domain.siptest;

import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.AccessPolicy;
import com.didtron.domain.access.Actor;
import com.didtron.domain.user.Role;

/**
 * Who may use the SIP tester: staff read results; super admins and analysts run tests and set
 * targets.
 */
public final class SipTestAccess {
  private SipTestAccess() {}

  /** Reading campaigns, results, carrier health and alerts: staff. */
  public static void requireReader(Actor actor) {
    AccessPolicy.requireStaff(actor);
  }

  /** Starting and stopping campaigns, setting carrier targets and the alert webhook. */
  public static void requireTester(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN) && !actor.has(Role.ANALYST)) {
      throw new AccessDenied("Only super admins and analysts may run SIP tests");
    }
  }

  /** Whether {@link #requireTester} would pass (for showing buttons). */
  public static boolean isTester(Actor actor) {
    return actor.has(Role.SUPER_ADMIN) || actor.has(Role.ANALYST);
  }
}

package com.didtron.domain.ledger;

import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.user.Role;

/** Who may read and act on the ledger. */
public final class LedgerAccess {
  private LedgerAccess() {}

  /** The ledger browser and trial balance: super admins, finance and auditors. */
  public static void requireLedgerReader(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN) && !actor.has(Role.FINANCE) && !actor.has(Role.AUDITOR)) {
      throw new AccessDenied("Only finance staff and auditors may read the ledger");
    }
  }

  /** Manual top-ups, adjustments, refunds, FX overrides: super admins and finance. */
  public static void requireFinanceAdmin(Actor actor) {
    if (!actor.has(Role.SUPER_ADMIN) && !actor.has(Role.FINANCE)) {
      throw new AccessDenied("Only super admins and finance staff may do this");
    }
  }
}

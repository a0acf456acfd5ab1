package com.didtron.activities.trunk;

import com.didtron.activities.account.AccountService;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.user.Role;
import java.util.EnumSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads accounts through the account feature's service (this feature never queries its tables) and
 * turns "not yours" into "no such account", so a foreign id reads exactly like a missing one.
 */
@Component
class AccountAccess {
  private final AccountService accounts;

  AccountAccess(AccountService accounts) {
    this.accounts = accounts;
  }

  Account visible(Actor actor, AccountId id) {
    try {
      return accounts.get(actor, id);
    } catch (AccessDenied e) {
      throw new NoSuchElementException("No such account");
    }
  }

  /** Staff see both sides; a customer user its ingress trunks, a carrier user its egress trunks. */
  static Set<TrunkDirection> readableSides(Actor actor) {
    if (actor.isStaff()) {
      return EnumSet.allOf(TrunkDirection.class);
    }
    Set<TrunkDirection> sides = EnumSet.noneOf(TrunkDirection.class);
    if (actor.has(Role.CUSTOMER)) {
      sides.add(TrunkDirection.INGRESS);
    }
    if (actor.has(Role.CARRIER)) {
      sides.add(TrunkDirection.EGRESS);
    }
    return sides;
  }
}

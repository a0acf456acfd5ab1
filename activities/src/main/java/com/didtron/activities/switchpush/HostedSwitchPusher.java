package com.didtron.activities.switchpush;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.SwitchCarrier;
import com.didtron.activities.switchsync.SwitchCustomer;
import com.didtron.activities.switchsync.SwitchObjectRefs;
import com.didtron.activities.switchsync.SwitchObjectRefs.Kind;
import com.didtron.activities.switchsync.SwitchSyncStates.SyncObject;
import com.didtron.domain.account.Account;
import java.util.NoSuchElementException;

/**
 * What each object means on a hosted switch ({@link HostedSwitch}, ConnexCS): an account's status
 * and balance → the customer (status, credit and debit limit) and/or the carrier. Trunks, limits
 * and DIDs have no call on the port and are in sync at once; rate cards and routes are refused
 * ("not pushed yet") so that they show as failed rather than silently in sync.
 */
class HostedSwitchPusher implements ObjectPusher {
  private final HostedSwitch hosted;
  private final Accounts accounts;
  private final BalanceMonitor balances;
  private final SwitchObjectRefs refs;

  HostedSwitchPusher(
      HostedSwitch hosted, Accounts accounts, BalanceMonitor balances, SwitchObjectRefs refs) {
    this.hosted = hosted;
    this.accounts = accounts;
    this.balances = balances;
    this.refs = refs;
  }

  @Override
  public String target() {
    return hosted.name();
  }

  @Override
  public void push(SyncObject o) {
    switch (o.type()) {
      case ACCOUNT_STATUS, BALANCE -> account(o);
      case TRUNK, LIMITS, DID -> {
        // nothing on the hosted switch's port for these
      }
      case RATE_CARD, ROUTES ->
          throw new UnsupportedOperationException(
              o.type() + " is not pushed to " + hosted.name() + " yet");
    }
  }

  private void account(SyncObject o) {
    Account a =
        accounts
            .find(o.accountId())
            .orElseThrow(() -> new NoSuchElementException("account " + o.accountId() + " is gone"));
    String local = a.id().toString();
    if (a.kind().buysFromUs()) {
      String id =
          hosted.pushCustomer(
              SwitchCustomer.of(
                  refs.remoteId(target(), Kind.CUSTOMER, local).orElse(null),
                  a,
                  balances.current(a.tenantId(), a.id())));
      refs.keep(target(), Kind.CUSTOMER, local, id);
    }
    if (a.kind().sellsToUs()) {
      String id =
          hosted.pushCarrier(
              SwitchCarrier.of(refs.remoteId(target(), Kind.CARRIER, local).orElse(null), a));
      refs.keep(target(), Kind.CARRIER, local, id);
    }
  }
}

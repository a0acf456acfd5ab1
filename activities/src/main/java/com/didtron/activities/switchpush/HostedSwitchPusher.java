package com.didtron.activities.switchpush;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.SwitchCarrier;
import com.didtron.activities.switchsync.SwitchCustomer;
import com.didtron.activities.switchsync.SwitchObjectRefs;
import com.didtron.activities.switchsync.SwitchObjectRefs.Kind;
import com.didtron.activities.switchsync.SwitchSyncStates.SyncObject;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * What each object means on a hosted switch ({@link HostedSwitch}, ConnexCS): an account's status
 * and balance → the customer (status, credit and debit limit) and/or the carrier; a rate card → its
 * active entries as a new revision; a customer's routes → its route with its sell card and tech
 * prefix ({@link HostedRates}). Trunks, limits and DIDs have no call on the port and are in sync at
 * once.
 */
class HostedSwitchPusher implements ObjectPusher {
  private final HostedSwitch hosted;
  private final Accounts accounts;
  private final BalanceMonitor balances;
  private final SwitchObjectRefs refs;
  private final HostedRates rates;

  HostedSwitchPusher(
      HostedSwitch hosted,
      Accounts accounts,
      BalanceMonitor balances,
      SwitchObjectRefs refs,
      ActiveDecks decks,
      Trunks trunks,
      Clock clock) {
    this.hosted = hosted;
    this.accounts = accounts;
    this.balances = balances;
    this.refs = refs;
    this.rates = new HostedRates(hosted, decks, trunks, refs, clock);
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
      case RATE_CARD -> rates.rateCard(UUID.fromString(o.objectId()));
      case ROUTES -> routes(o);
    }
  }

  private void routes(SyncObject o) {
    Account a = find(o);
    if (!a.kind().buysFromUs()) {
      return;
    }
    String customerId =
        refs.remoteId(target(), Kind.CUSTOMER, a.id().toString())
            .orElseGet(
                () -> {
                  account(o);
                  return refs.remoteId(target(), Kind.CUSTOMER, a.id().toString()).orElseThrow();
                });
    rates.route(Actor.system(KamailioPusher.JOB, a.tenantId()), a, customerId);
  }

  private Account find(SyncObject o) {
    return accounts
        .find(o.accountId())
        .orElseThrow(() -> new NoSuchElementException("account " + o.accountId() + " is gone"));
  }

  private void account(SyncObject o) {
    Account a = find(o);
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

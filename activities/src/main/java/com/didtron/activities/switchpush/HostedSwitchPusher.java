package com.didtron.activities.switchpush;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.did.DidInService;
import com.didtron.activities.did.DidsInService;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.SwitchCarrier;
import com.didtron.activities.switchsync.SwitchCustomer;
import com.didtron.activities.switchsync.SwitchDid;
import com.didtron.activities.switchsync.SwitchObjectRefs;
import com.didtron.activities.switchsync.SwitchObjectRefs.Kind;
import com.didtron.activities.switchsync.SwitchSyncStates.SyncObject;
import com.didtron.activities.switchsync.SwitchTrunk;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.trunk.AccountLimits;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What each object means on a hosted switch ({@link HostedSwitch}, ConnexCS): an account's status,
 * balance and limits → the customer (status — inactive also while its calls are blocked —, credit,
 * debit limit, channels and CPS) and/or the carrier; a trunk → the IP authentication of its
 * customer or carrier (removed when the trunk is deleted; a digest-only trunk has none); a rate
 * card → its active entries as a new revision; a customer's routes → its route with its sell card
 * and tech prefix ({@link HostedRates}); a number in service → the DID with its customer (pushed
 * first if needed), destination URI and enabled (not suspended), kept as kind DID; a number no
 * longer in service → deleted.
 */
class HostedSwitchPusher implements ObjectPusher {
  private final HostedSwitch hosted;
  private final Accounts accounts;
  private final BalanceMonitor balances;
  private final SwitchObjectRefs refs;
  private final HostedRates rates;
  private final Trunks trunks;
  private final AccountBlocks blocks;
  private final DidsInService dids;

  HostedSwitchPusher(
      HostedSwitch hosted,
      Accounts accounts,
      BalanceMonitor balances,
      SwitchObjectRefs refs,
      ActiveDecks decks,
      Trunks trunks,
      AccountBlocks blocks,
      DidsInService dids,
      Clock clock) {
    this.dids = dids;
    this.hosted = hosted;
    this.accounts = accounts;
    this.balances = balances;
    this.refs = refs;
    this.trunks = trunks;
    this.blocks = blocks;
    this.rates = new HostedRates(hosted, decks, trunks, refs, clock);
  }

  @Override
  public String target() {
    return hosted.name();
  }

  @Override
  public void push(SyncObject o) {
    switch (o.type()) {
      case ACCOUNT_STATUS, BALANCE, LIMITS -> account(o);
      case TRUNK -> trunk(o);
      case DID -> did(o);
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
    rates.route(system(a), a, customerId);
  }

  private void did(SyncObject o) {
    DidInService did =
        dids.byId(UUID.fromString(o.objectId()))
            .orElseThrow(() -> new NoSuchElementException("no number " + o.objectId()));
    Optional<String> pushed = refs.remoteId(target(), Kind.DID, o.objectId());
    Account a = accounts.find(o.accountId()).orElse(null);
    boolean live =
        did.live() && a != null && !a.isDeleted() && a.id().value().equals(did.accountId());
    if (!live) {
      pushed.ifPresent(
          id -> {
            hosted.removeDid(id);
            refs.forget(target(), Kind.DID, o.objectId());
          });
      return;
    }
    String local = a.id().toString();
    String customerId =
        refs.remoteId(target(), Kind.CUSTOMER, local)
            .orElseGet(
                () -> {
                  account(o);
                  return refs.remoteId(target(), Kind.CUSTOMER, local).orElseThrow();
                });
    String id =
        hosted.pushDid(
            new SwitchDid(
                pushed.orElse(null),
                did.number(),
                customerId,
                null,
                null,
                null,
                !did.suspended(),
                did.destinationUri()));
    refs.keep(target(), Kind.DID, o.objectId(), id);
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
      Actor system = system(a);
      AccountLimits limits = trunks.limits(system, a.id());
      String id =
          hosted.pushCustomer(
              SwitchCustomer.of(
                      refs.remoteId(target(), Kind.CUSTOMER, local).orElse(null),
                      a,
                      balances.current(a.tenantId(), a.id()))
                  .withControls(blocks.reason(system, a), limits.maxChannels(), limits.maxCps()));
      refs.keep(target(), Kind.CUSTOMER, local, id);
    }
    if (a.kind().sellsToUs()) {
      String id =
          hosted.pushCarrier(
              SwitchCarrier.of(refs.remoteId(target(), Kind.CARRIER, local).orElse(null), a));
      refs.keep(target(), Kind.CARRIER, local, id);
    }
  }

  /**
   * A live trunk with an address → its IP authentication on the switch (its customer or carrier
   * pushed first if the switch lacks it); a deleted trunk, or one without an address, → removed.
   */
  private void trunk(SyncObject o) {
    Account a = find(o);
    Actor system = system(a);
    Trunk trunk = a.isDeleted() ? null : findTrunk(system, a, o.objectId());
    Optional<String> pushed = refs.remoteId(target(), Kind.TRUNK, o.objectId());
    if (trunk == null || trunk.isDeleted() || trunk.address() == null) {
      pushed.ifPresent(
          id -> {
            hosted.removeTrunk(id);
            refs.forget(target(), Kind.TRUNK, o.objectId());
          });
      return;
    }
    Kind owner = trunk.direction() == TrunkDirection.EGRESS ? Kind.CARRIER : Kind.CUSTOMER;
    String local = a.id().toString();
    String companyId =
        refs.remoteId(target(), owner, local)
            .orElseGet(
                () -> {
                  account(o);
                  return refs.remoteId(target(), owner, local).orElseThrow();
                });
    String id = hosted.pushTrunk(SwitchTrunk.of(pushed.orElse(null), companyId, trunk));
    refs.keep(target(), Kind.TRUNK, o.objectId(), id);
  }

  private Trunk findTrunk(Actor system, Account a, String trunkId) {
    return Stream.concat(
            trunks.list(system, a.id(), false).stream(), trunks.list(system, a.id(), true).stream())
        .filter(t -> t.id().toString().equals(trunkId))
        .findFirst()
        .orElse(null);
  }

  private static Actor system(Account a) {
    return Actor.system(KamailioPusher.JOB, a.tenantId());
  }
}

package com.didtron.activities.switchpush;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.did.DidInService;
import com.didtron.activities.did.DidsInService;
import com.didtron.activities.invoicing.OverdueBlocks;
import com.didtron.activities.switchsync.DidRule;
import com.didtron.activities.switchsync.SwitchSyncStates.SyncObject;
import com.didtron.activities.switchsync.SwitchTarget;
import com.didtron.activities.switchsync.SyncTargets;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.trunk.AccountLimits;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * What each object means on the local Kamailio ({@link SwitchTarget}): a trunk → the account's
 * source addresses (ingress) or the carrier's gateway (egress); limits → the channel limit; account
 * status → blocked with a reason, or not; routes and rate cards → the compiled plan ({@link
 * KamailioRoutes}); a DID → its inbound rule in htable {@code acct} (or its removal). A balance is
 * nothing to Kamailio (credit control holds it in memory): in sync at once.
 */
@Component
class KamailioPusher implements ObjectPusher {
  static final String JOB = "switch-sync";

  private final SwitchTarget kamailio;
  private final Accounts accounts;
  private final Trunks trunks;
  private final KamailioRoutes routes;
  private final OverdueBlocks overdue;
  private final DidsInService dids;

  KamailioPusher(
      SwitchTarget kamailio,
      Accounts accounts,
      Trunks trunks,
      KamailioRoutes routes,
      OverdueBlocks overdue,
      DidsInService dids) {
    this.dids = dids;
    this.kamailio = kamailio;
    this.accounts = accounts;
    this.trunks = trunks;
    this.routes = routes;
    this.overdue = overdue;
  }

  @Override
  public String target() {
    return SyncTargets.KAMAILIO;
  }

  @Override
  public void push(SyncObject o) {
    Actor system = Actor.system(JOB, o.tenantId());
    Account account = accounts.find(o.accountId()).orElseThrow(() -> gone(o));
    switch (o.type()) {
      case TRUNK -> trunk(system, account, o.objectId());
      case LIMITS -> kamailio.setChannelLimit(account.id(), channels(system, account));
      case ACCOUNT_STATUS -> kamailio.setBlocked(account.id(), blockReason(system, account));
      case ROUTES -> routes.push(system, account);
      case RATE_CARD -> routes.rateCardActivated(system, account);
      case DID -> did(account, o.objectId());
      case BALANCE -> {
        // credit control keeps balances in memory
      }
    }
  }

  /**
   * A number in service → its rule (destination, failover, ring timeout, suspended); a number no
   * longer in service (released, deleted, another account's) → removed (404).
   */
  private void did(Account account, String didId) {
    DidInService did =
        dids.byId(java.util.UUID.fromString(didId))
            .orElseThrow(() -> new NoSuchElementException("no number " + didId));
    if (did.live() && account.id().value().equals(did.accountId()) && !account.isDeleted()) {
      kamailio.putDid(
          account.id(),
          new DidRule(
              did.number(),
              did.destinationUri(),
              did.failoverUri(),
              did.ringTimeoutSeconds(),
              did.suspended()));
    } else {
      kamailio.removeDid(did.number());
    }
  }

  /** Why the switch refuses the account's calls (sent in a header), or null when it may call. */
  String blockReason(Actor system, Account account) {
    return new AccountBlocks(trunks, overdue).reason(system, account);
  }

  private void trunk(Actor system, Account account, String trunkId) {
    List<Trunk> all = new ArrayList<>();
    if (!account.isDeleted()) {
      all.addAll(trunks.list(system, account.id(), false));
      all.addAll(trunks.list(system, account.id(), true));
    }
    Trunk trunk =
        all.stream().filter(t -> t.id().toString().equals(trunkId)).findFirst().orElse(null);
    if (trunk != null && trunk.direction() == TrunkDirection.EGRESS) {
      routes.egressChanged(system, account, trunk);
      return;
    }
    routes.ingressChanged(system, account, all);
  }

  private int channels(Actor system, Account account) {
    AccountLimits limits = trunks.limits(system, account.id());
    return limits.maxChannels() == null ? 0 : limits.maxChannels();
  }

  private static NoSuchElementException gone(SyncObject o) {
    return new NoSuchElementException("account " + o.accountId() + " no longer exists");
  }

  static AccountId id(String uuid) {
    return new AccountId(java.util.UUID.fromString(uuid));
  }
}

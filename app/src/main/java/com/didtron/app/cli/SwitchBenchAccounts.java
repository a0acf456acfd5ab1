package com.didtron.app.cli;

import com.didtron.activities.ratedeck.ImportProgress;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.activities.switchsync.SwitchSyncStates;
import com.didtron.activities.switchsync.SyncTargets;
import com.didtron.activities.trunk.TrunkChange;
import com.didtron.activities.trunk.Trunks;
import com.didtron.activities.user.UserLogins;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.switchsync.SyncStatus;
import com.didtron.domain.trunk.RoutingTier;
import com.didtron.domain.trunk.Transport;
import com.didtron.domain.trunk.TrunkDirection;
import com.didtron.domain.trunk.TrunkDraft;
import com.didtron.domain.trunk.TrunkStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * The bench's accounts, made through the platform's services as an operator would, and carried to
 * the switch by the platform's own sync: customers with an active sell deck (every first digit at
 * 0.001 per minute, so each of the plan's numbers is rated) and an ingress trunk (their source
 * address), carriers with an active buy deck and an egress trunk (whose id is the switch's gateway
 * key, so pulled CDRs map back to the carrier and are rated on both legs).
 */
final class SwitchBenchAccounts {
  private static final String HEADER =
      "prefix,destination,rate,connect_fee,initial_increment,subsequent_increment,effective_from,effective_to\n";

  /** Every first digit: a deck that rates any number. */
  static final List<String> ALL_DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private final ApplicationContext platform;
  private final Actor admin;
  private final BenchParties parties;
  private final List<String> trunksMade = new ArrayList<>();

  SwitchBenchAccounts(ApplicationContext platform) {
    this.platform = platform;
    this.admin =
        platform.getBean(UserLogins.class).principal(SwitchBench.ADMIN).orElseThrow().actor();
    this.parties = new BenchParties(platform, admin);
  }

  Actor admin() {
    return admin;
  }

  /**
   * A customer with a sell deck and an ingress trunk from {@code source}; postpaid with {@code
   * credit}, or prepaid without funds.
   */
  AccountId customer(String name, BillingMode mode, String credit, String source) {
    AccountId id = account(name, AccountKind.CUSTOMER, mode, credit);
    deck(id, DeckSide.SELL, ALL_DIGITS, "0.001");
    trunk(id, "Bench PBX", TrunkDirection.INGRESS, source);
    return id;
  }

  /**
   * A carrier with a buy deck over {@code prefixes} and an egress trunk to {@code address}; returns
   * the trunk's id, the switch's gateway key.
   */
  String carrier(String name, List<String> prefixes, String address) {
    AccountId id = account(name, AccountKind.CARRIER, BillingMode.POSTPAID, "0");
    deck(id, DeckSide.BUY, prefixes, "0.0005");
    return trunk(id, "Bench termination", TrunkDirection.EGRESS, address);
  }

  private AccountId account(String name, AccountKind kind, BillingMode mode, String credit) {
    return parties.account(name, kind, mode, credit).id();
  }

  private String trunk(AccountId account, String name, TrunkDirection direction, String address) {
    TrunkChange t =
        platform
            .getBean(Trunks.class)
            .create(
                admin,
                account,
                new TrunkDraft(
                    name,
                    direction,
                    address,
                    Transport.UDP,
                    "",
                    0,
                    "",
                    null,
                    null,
                    null,
                    direction == TrunkDirection.INGRESS ? RoutingTier.STANDARD : null,
                    null,
                    null,
                    TrunkStatus.ACTIVE));
    if (!(t instanceof TrunkChange.Saved saved)) {
      throw new IllegalStateException("bench trunk " + address + " not created: " + t);
    }
    String id = saved.trunk().id().toString();
    trunksMade.add(id);
    return id;
  }

  /**
   * Waits until the platform's switch sync has carried every recorded change to Kamailio (each
   * trunk made is in sync, nothing is pending); fails with the switch's error when it refused one.
   */
  void awaitSwitchSync() {
    SwitchSyncStates states = platform.getBean(SwitchSyncStates.class);
    long t0 = System.nanoTime();
    while (!states.pending(SyncTargets.KAMAILIO, 1).isEmpty()
        || !trunksMade.stream().allMatch(t -> inSync(states, t))) {
      if (System.nanoTime() - t0 > 60_000_000_000L) {
        throw new IllegalStateException(
            "the switch sync still has pending objects after 60 s: "
                + states.pending(SyncTargets.KAMAILIO, 3));
      }
      SwitchBenchEnforcement.pause(20);
    }
    var failed =
        states.list(new SwitchSyncStates.Filter(null, SyncTargets.KAMAILIO, SyncStatus.FAILED, 3));
    if (!failed.isEmpty()) {
      throw new IllegalStateException("the switch refused the bench's setup: " + failed);
    }
  }

  private static boolean inSync(SwitchSyncStates states, String trunk) {
    return states
        .find(SyncTargets.KAMAILIO, SwitchChanges.ObjectType.TRUNK, trunk)
        .filter(o -> o.status() != SyncStatus.PENDING)
        .isPresent();
  }

  private void deck(AccountId account, DeckSide side, List<String> prefixes, String rate) {
    StringBuilder csv = new StringBuilder(HEADER);
    for (String prefix : prefixes) {
      csv.append(prefix).append(",Bench,").append(rate).append(",0,1,1,2020-01-01,\n");
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.US_ASCII);
    parties.importAndActivate(
        parties.card(account, side),
        "bench-" + side.name().toLowerCase(java.util.Locale.ROOT) + ".csv",
        new ByteArrayInputStream(bytes),
        bytes.length,
        ImportProgress.none());
  }
}

package com.didtron.activities.switchpush;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.routing.RoutePlanService;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.activities.switchsync.SwitchSyncStates.SyncObject;
import com.didtron.activities.switchsync.SyncTargets;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.KamailioRpcStub;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.testing.TrunkFixtures;
import com.didtron.activities.trunk.Trunks;
import com.didtron.decisions.routing.RoutePolicy;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.switchsync.SyncStatus;
import com.didtron.domain.trunk.LimitsDraft;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.user.Role;
import com.didtron.rating.deck.ImportMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The switch sync end to end inside the platform: changes made through the features, the real sync
 * workflow on Temporal's test server, the real Kamailio adapter writing its real tables, and only
 * the switch's JSON-RPC endpoint replaced by {@link KamailioRpcStub} so that the switch can be down
 * or refuse.
 */
class SwitchSyncIT extends ActivitiesIT {
  private static final String KAMAILIO = SyncTargets.KAMAILIO;

  @Autowired SwitchSyncService sync;
  @Autowired Trunks trunks;
  @Autowired Accounts accounts;
  @Autowired TrunkFixtures make;
  @Autowired Fixtures fixtures;
  @Autowired DSLContext db;
  @Autowired RatingFixtures rating;
  @Autowired RoutePlanService plans;

  @BeforeEach
  void switchAnswersAndNothingIsPending() {
    KamailioRpcStub.acceptAll();
    KamailioRpcStub.up();
    eventually(
        "the sync to settle",
        () -> sync.status(admin(), KAMAILIO, SyncStatus.PENDING, 10).isEmpty() ? true : null);
    KamailioRpcStub.clearCalls();
  }

  @AfterEach
  void switchAnswersAgain() {
    KamailioRpcStub.acceptAll();
    KamailioRpcStub.up();
  }

  @Test
  void
      aChangeMadeWhileTheSwitchIsDownStaysPendingLeavesTheTablesUntouchedAndIsPushedOnceItAnswers() {
    KamailioRpcStub.down();
    Account customer = make.account(admin(), "sync-down", AccountKind.CUSTOMER);
    String block = TrunkFixtures.uniqueBlock();
    Trunk trunk = make.create(admin(), customer, TrunkFixtures.ingress("pbx", block, null, null));

    SyncObject waiting =
        eventually(
            "a failed attempt on the pending trunk",
            () -> state(ObjectType.TRUNK, trunk.id().toString()).filter(o -> o.attempts() > 0));
    assertThat(waiting.status()).isEqualTo(SyncStatus.PENDING);
    assertThat(waiting.error()).contains("unreachable");
    assertThat(switchNumber(customer)).as("nothing written while the switch is down").isNull();
    assertThat(addresses(customer)).isEmpty();
    assertThat(sync.status(admin(), KAMAILIO, SyncStatus.PENDING, 1000))
        .extracting(SyncObject::objectId)
        .contains(trunk.id().toString());

    KamailioRpcStub.up();

    SyncObject pushed = eventually("the trunk in sync", () -> inSync(ObjectType.TRUNK, trunk));
    assertThat(pushed.error()).isNull();
    assertThat(addresses(customer)).containsExactly(block + " " + trunk.id());
    assertThat(KamailioRpcStub.calls()).contains("permissions.addressReload", "htable.reload");
  }

  @Test
  void aRefusedPushIsFailedWithTheSwitchsErrorWithoutHoldingBackOthersAndARetryPushesIt() {
    Account refused = make.account(admin(), "sync-refused", AccountKind.CUSTOMER);
    Account other = make.account(admin(), "sync-other", AccountKind.CUSTOMER);
    KamailioRpcStub.refuse("permissions.addressReload", "address table reload failed");
    Trunk trunk =
        make.create(
            admin(),
            refused,
            TrunkFixtures.ingress("pbx", TrunkFixtures.uniqueBlock(), null, null));
    trunks.setLimits(admin(), other.id(), limits(5));
    trunks.setLimits(admin(), refused.id(), limits(7));

    SyncObject failed =
        eventually(
            "the trunk failed",
            () ->
                state(ObjectType.TRUNK, trunk.id().toString())
                    .filter(o -> o.status() == SyncStatus.FAILED));
    assertThat(failed.error()).contains("address table reload failed");
    eventually("the other account's limits", () -> inSync(ObjectType.LIMITS, other));
    eventually("the same account's later limits", () -> inSync(ObjectType.LIMITS, refused));
    assertThat(sync.status(admin(), KAMAILIO, SyncStatus.FAILED, 1000))
        .extracting(SyncObject::objectId)
        .contains(trunk.id().toString());

    KamailioRpcStub.acceptAll();
    SyncObject retried = sync.retry(admin(), KAMAILIO, ObjectType.TRUNK, trunk.id().toString());

    assertThat(retried.status()).isEqualTo(SyncStatus.PENDING);
    eventually("the retried trunk in sync", () -> inSync(ObjectType.TRUNK, trunk));
    assertThat(
            db.fetchCount(
                AUDIT_LOG,
                AUDIT_LOG
                    .ENTITY_TYPE
                    .eq("switch_sync")
                    .and(AUDIT_LOG.ENTITY_ID.eq(KAMAILIO + "/TRUNK/" + trunk.id()))))
        .isEqualTo(1);
  }

  @Test
  void onlyAFailedObjectCanBeRetried() {
    Account customer = make.account(admin(), "sync-retry", AccountKind.CUSTOMER);
    trunks.setLimits(admin(), customer.id(), limits(2));
    eventually("the limits in sync", () -> inSync(ObjectType.LIMITS, customer));

    assertThatThrownBy(
            () -> sync.retry(admin(), KAMAILIO, ObjectType.LIMITS, customer.id().toString()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Only a failed object");
  }

  @Test
  void anAccountsChangesReachTheSwitchInTheOrderTheyWereMade() {
    KamailioRpcStub.down();
    Account customer = make.account(admin(), "sync-order", AccountKind.CUSTOMER);
    trunks.suspend(admin(), customer.id(), "testing the order");
    Trunk trunk =
        make.create(
            admin(),
            customer,
            TrunkFixtures.ingress("pbx", TrunkFixtures.uniqueBlock(), null, null));
    trunks.setLimits(admin(), customer.id(), limits(3));
    eventually(
        "an attempt while down",
        () ->
            state(ObjectType.ACCOUNT_STATUS, customer.id().toString())
                .filter(o -> o.attempts() > 0));
    KamailioRpcStub.clearCalls();

    KamailioRpcStub.up();

    eventually("the limits in sync", () -> inSync(ObjectType.LIMITS, customer));
    assertThat(state(ObjectType.ACCOUNT_STATUS, customer.id().toString()).orElseThrow().status())
        .isEqualTo(SyncStatus.IN_SYNC);
    assertThat(state(ObjectType.TRUNK, trunk.id().toString()).orElseThrow().status())
        .isEqualTo(SyncStatus.IN_SYNC);
    assertThat(KamailioRpcStub.calls().stream().filter(m -> !m.equals("core.version")))
        .as("status (htable), trunk (htable, address), limits (htable)")
        .containsExactly(
            "htable.reload", "htable.reload", "permissions.addressReload", "htable.reload");
    assertThat(blocked(customer)).isEqualTo("account suspended");
  }

  @Test
  void aCallBlockReachesTheSwitchWithItsReasonAndLiftingItLetsTheAccountCallAgain() {
    Account customer = make.account(admin(), "sync-block", AccountKind.CUSTOMER);
    trunks.blockCalls(admin(), customer.id(), "short calls 80% over 60 min");
    assertThat(
            (String)
                eventually(
                    "the block on the switch",
                    () -> switchNumber(customer) == null ? null : blocked(customer)))
        .isEqualTo("short calls 80% over 60 min");
    assertThat(accounts.find(customer.id()).orElseThrow().status())
        .as("a call block leaves the account active")
        .isEqualTo(AccountStatus.ACTIVE);

    trunks.unblockCalls(admin(), customer.id(), "checked with the customer");
    eventually("the block lifted on the switch", () -> blocked(customer) == null ? true : null);
  }

  @Test
  void aFullResyncRebuildsWhatTheSwitchLost() {
    Actor tenantAdmin = tenantAdmin();
    Account customer = make.account(tenantAdmin, "sync-resync", AccountKind.CUSTOMER);
    String block = TrunkFixtures.uniqueBlock();
    Trunk trunk =
        make.create(tenantAdmin, customer, TrunkFixtures.ingress("pbx", block, null, null));
    eventually("the trunk in sync", () -> inSync(ObjectType.TRUNK, trunk));
    db.deleteFrom(table(name("kamailio", "address")))
        .where(field(name("grp")).eq(switchNumber(customer)))
        .execute();

    SwitchSyncService.Resync resync = sync.resync(tenantAdmin);

    assertThat(resync).isEqualTo(new SwitchSyncService.Resync(1, 5));
    eventually("the trunk pushed again", () -> addresses(customer).isEmpty() ? null : true);
    assertThat(addresses(customer)).containsExactly(block + " " + trunk.id());
    for (ObjectType type :
        List.of(
            ObjectType.ACCOUNT_STATUS, ObjectType.LIMITS, ObjectType.BALANCE, ObjectType.ROUTES)) {
      eventually(type + " in sync", () -> inSync(type, customer));
    }
    assertThat(sync.status(tenantAdmin, null, null, 1000))
        .as("a tenant admin sees its own tenant only")
        .allSatisfy(o -> assertThat(o.tenantId()).isEqualTo(tenantAdmin.tenantId()));
    assertThat(
            db.fetchCount(
                AUDIT_LOG,
                AUDIT_LOG.ENTITY_TYPE.eq("switch_sync").and(AUDIT_LOG.ENTITY_ID.eq("resync"))))
        .isPositive();
  }

  @Test
  void aStoredPlanReachesTheSwitchAsRulesToTheCarriersEgressGateways() {
    Actor brand = admin().inTenant(fixtures.tenant(Fixtures.unique("route").toLowerCase()));
    Account customer = rating.account(brand, "RouteCustomer", AccountKind.CUSTOMER, "EUR");
    rating.activate(
        brand,
        rating.card(brand, customer, DeckSide.SELL),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,0.0200,0,60,6,2026-01-01,\n");
    Account carrier = rating.account(brand, "RouteCarrier", AccountKind.CARRIER, "EUR");
    rating.activate(
        brand,
        rating.card(brand, carrier, DeckSide.BUY),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,0.0100,0,60,6,2026-01-01,\n");
    Trunk egress = make.create(brand, carrier, TrunkFixtures.egress("gw", "203.0.113.10:5060"));

    plans.store(brand, customer.id(), RoutePolicy.Tier.STANDARD);

    String rule =
        eventually(
            "the plan's rule on the switch",
            () -> {
              List<String> rules = rules(customer);
              return rules.isEmpty()
                      || state(ObjectType.ROUTES, customer.id().toString())
                          .filter(o -> o.status() == SyncStatus.IN_SYNC)
                          .isEmpty()
                  ? null
                  : String.join(";", rules);
            });
    assertThat(rule).isEqualTo("44 -> " + egress.id() + " 203.0.113.10:5060");
  }

  @Test
  void portalUsersSeeNoSyncStatusAndCannotResync() {
    Account customer = make.account(admin(), "sync-portal", AccountKind.CUSTOMER);
    Actor portal =
        logins
            .principal(fixtures.portalUser(admin(), customer, Role.CUSTOMER))
            .orElseThrow()
            .actor();

    assertThatThrownBy(() -> sync.status(portal, null, null, 10)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> sync.resync(portal)).isInstanceOf(AccessDenied.class);
  }

  private Actor tenantAdmin() {
    var tenant = fixtures.tenant(Fixtures.unique("sync").toLowerCase());
    return new Actor(admin().userId(), "tenant admin", tenant, Set.of(Role.TENANT_ADMIN), null);
  }

  private Optional<SyncObject> state(ObjectType type, String id) {
    return sync.status(admin(), KAMAILIO, null, 1000).stream()
        .filter(o -> o.type() == type && o.objectId().equals(id))
        .findFirst();
  }

  private Optional<SyncObject> inSync(ObjectType type, Trunk trunk) {
    return state(type, trunk.id().toString()).filter(o -> o.status() == SyncStatus.IN_SYNC);
  }

  private Optional<SyncObject> inSync(ObjectType type, Account account) {
    return state(type, account.id().toString()).filter(o -> o.status() == SyncStatus.IN_SYNC);
  }

  private static LimitsDraft limits(int channels) {
    return new LimitsDraft(channels, null, null, null, List.of());
  }

  private Integer switchNumber(Account a) {
    return db.select(field(name("switch_no"), Integer.class))
        .from(table(name("kamailio", "account_ref")))
        .where(field(name("account_id"), UUID.class).eq(a.id().value()))
        .fetchOne(0, Integer.class);
  }

  /** The account's rows in the switch's address table, as "ip/mask tag". */
  private List<String> addresses(Account a) {
    return db.select(field(name("ip_addr")), field(name("mask")), field(name("tag")))
        .from(table(name("kamailio", "address")))
        .where(
            field(name("grp"))
                .eq(
                    select(field(name("switch_no")))
                        .from(table(name("kamailio", "account_ref")))
                        .where(field(name("account_id"), UUID.class).eq(a.id().value()))))
        .fetch(r -> r.get(0) + "/" + r.get(1) + " " + r.get(2));
  }

  /** The account's Standard-tier routes on the switch, as "prefix -> gateway key address". */
  private List<String> rules(Account a) {
    Integer group =
        db.select(field(name("group_no"), Integer.class))
            .from(table(name("kamailio", "route_group")))
            .where(field(name("account_id"), UUID.class).eq(a.id().value()))
            .and(field(name("tier")).eq("STANDARD"))
            .fetchOne(0, Integer.class);
    if (group == null) {
      return List.of();
    }
    return db.select(
            field(name("r", "prefix")), field(name("g", "attrs")), field(name("g", "address")))
        .from(table(name("kamailio", "dr_rules")).as("r"))
        .join(table(name("kamailio", "dr_gateways")).as("g"))
        .on(
            field(name("r", "gwlist"), String.class)
                .eq(field(name("g", "gwid"), Integer.class).cast(String.class)))
        .where(field(name("r", "groupid"), String.class).eq(String.valueOf(group)))
        .orderBy(field(name("r", "prefix")))
        .fetch(r -> r.get(0) + " -> " + r.get(1) + " " + r.get(2));
  }

  private String blocked(Account a) {
    return db.select(field(name("key_value"), String.class))
        .from(table(name("kamailio", "htable")))
        .where(field(name("key_name")).eq("blocked::" + switchNumber(a)))
        .fetchOne(0, String.class);
  }

  private static <T> T eventually(String what, Supplier<?> probe) {
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < deadline) {
      Object value = probe.get();
      if (value instanceof Optional<?> o) {
        value = o.orElse(null);
      }
      if (value != null) {
        @SuppressWarnings("unchecked")
        T t = (T) value;
        return t;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("gave up waiting for " + what);
  }
}

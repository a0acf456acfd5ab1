package com.didtron.activities.switchpush;

import static com.didtron.activities.db.Tables.DID_INVENTORY;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.balance.BalanceMonitor;
import com.didtron.activities.did.DidsInService;
import com.didtron.activities.ratedeck.ActiveDecks;
import com.didtron.activities.switchsync.BreakoutQuery;
import com.didtron.activities.switchsync.BreakoutRow;
import com.didtron.activities.switchsync.CdrCursor;
import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.RateCardRevision;
import com.didtron.activities.switchsync.SwitchCarrier;
import com.didtron.activities.switchsync.SwitchCdrBatch;
import com.didtron.activities.switchsync.SwitchChanges.Change;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.activities.switchsync.SwitchCustomer;
import com.didtron.activities.switchsync.SwitchDid;
import com.didtron.activities.switchsync.SwitchObjectRefs;
import com.didtron.activities.switchsync.SwitchObjectRefs.Kind;
import com.didtron.activities.switchsync.SwitchRateCard;
import com.didtron.activities.switchsync.SwitchRoute;
import com.didtron.activities.switchsync.SwitchSyncStates.SyncObject;
import com.didtron.activities.switchsync.SwitchTrunk;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.testing.TrunkFixtures;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.did.DidState;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.domain.switchsync.SyncStatus;
import com.didtron.domain.trunk.LimitsDraft;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDirection;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the sync pushes to a hosted switch (ConnexCS), against a recording stand-in for the switch
 * and DIDTron's real accounts, balances and id table.
 */
class HostedSwitchPusherIT extends ActivitiesIT {
  @Autowired Accounts accounts;
  @Autowired BalanceMonitor balances;
  @Autowired SwitchObjectRefs refs;
  @Autowired TrunkFixtures make;
  @Autowired Trunks trunks;
  @Autowired ActiveDecks decks;
  @Autowired Clock clock;
  @Autowired RatingFixtures rating;
  @Autowired AccountBlocks blocks;
  @Autowired DidsInService dids;
  @Autowired DSLContext db;

  /** A hosted switch that hands out ids and remembers what it was sent. */
  static final class RecordingSwitch implements HostedSwitch {
    final List<Object> pushed = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "hosted-test";
    }

    @Override
    public String pushCustomer(SwitchCustomer customer) {
      pushed.add(customer);
      return customer.switchId() == null ? "cust-" + pushed.size() : customer.switchId();
    }

    @Override
    public String pushCarrier(SwitchCarrier carrier) {
      pushed.add(carrier);
      return carrier.switchId() == null ? "carr-" + pushed.size() : carrier.switchId();
    }

    @Override
    public RateCardRevision pushRateCard(SwitchRateCard card) {
      pushed.add(card);
      return new RateCardRevision(
          card.cardId() == null ? "card-" + pushed.size() : card.cardId(), "rev-" + pushed.size());
    }

    @Override
    public String pushRoute(SwitchRoute route) {
      pushed.add(route);
      return route.routeId() == null ? "route-" + pushed.size() : route.routeId();
    }

    @Override
    public String pushTrunk(SwitchTrunk trunk) {
      pushed.add(trunk);
      return trunk.switchId() == null ? "ip-" + pushed.size() : trunk.switchId();
    }

    @Override
    public void removeTrunk(String switchId) {
      pushed.add("removed " + switchId);
    }

    @Override
    public String pushDid(SwitchDid did) {
      pushed.add(did);
      return did.didId() == null ? "did-" + pushed.size() : did.didId();
    }

    @Override
    public void removeDid(String switchId) {
      pushed.add("removed DID " + switchId);
    }

    @Override
    public SwitchCdrBatch pullCdrs(CdrCursor cursor, Instant until) {
      throw new AssertionError("not expected");
    }

    @Override
    public List<BreakoutRow> pullBreakout(BreakoutQuery query) {
      throw new AssertionError("not expected");
    }
  }

  private final RecordingSwitch hosted = new RecordingSwitch();

  private HostedSwitchPusher pusher() {
    return new HostedSwitchPusher(
        hosted, accounts, balances, refs, decks, trunks, blocks, dids, clock);
  }

  private static SyncObject object(ObjectType type, Account a) {
    return object(type, a.id().toString(), a);
  }

  private static SyncObject object(ObjectType type, String objectId, Account a) {
    return new SyncObject(
        "hosted-test",
        type,
        objectId,
        a.tenantId(),
        a.id(),
        SyncStatus.PENDING,
        Instant.now(),
        null,
        0,
        Change.UPSERT,
        1,
        1,
        1);
  }

  @Test
  void aNumberInServiceGoesAsADidOfItsCustomerWithItsDestinationAndIsDeletedWhenReleased() {
    Account customer = make.account(admin(), "hosted-did-owner", AccountKind.CUSTOMER);
    UUID did = UUID.randomUUID();
    String number = "4420" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
    Instant now = Instant.now();
    db.insertInto(DID_INVENTORY)
        .set(DID_INVENTORY.ID, did)
        .set(DID_INVENTORY.TENANT_ID, customer.tenantId().value())
        .set(DID_INVENTORY.NUMBER, number)
        .set(DID_INVENTORY.COUNTRY_CODE, "GB")
        .set(DID_INVENTORY.NUMBER_TYPE, "GEOGRAPHIC")
        .set(DID_INVENTORY.PROVIDER, "manual")
        .set(DID_INVENTORY.MONTHLY_COST, BigDecimal.ONE)
        .set(DID_INVENTORY.SETUP_COST, BigDecimal.ZERO)
        .set(DID_INVENTORY.CURRENCY, "USD")
        .set(DID_INVENTORY.STATUS, DidState.ACTIVE)
        .set(DID_INVENTORY.ACCOUNT_ID, customer.id().value())
        .set(DID_INVENTORY.DESTINATION_URI, "sip:pbx@203.0.113.9:5060")
        .set(DID_INVENTORY.ACTIVATED_AT, now)
        .set(DID_INVENTORY.SUSPENDED_AT, now)
        .set(DID_INVENTORY.CREATED_AT, now)
        .set(DID_INVENTORY.UPDATED_AT, now)
        .execute();

    pusher().push(object(ObjectType.DID, did.toString(), customer));
    pusher().push(object(ObjectType.DID, did.toString(), customer));

    // the customer first (the switch lacked it), then the DID created, then updated by its id
    assertThat(hosted.pushed).hasSize(3);
    SwitchDid created = (SwitchDid) hosted.pushed.get(1);
    assertThat(created.didId()).isNull();
    assertThat(created.number()).isEqualTo(number);
    assertThat(created.customerId()).isEqualTo("cust-1");
    assertThat(created.destination()).isEqualTo("sip:pbx@203.0.113.9:5060");
    assertThat(created.enabled()).as("suspended: disabled").isFalse();
    assertThat(((SwitchDid) hosted.pushed.get(2)).didId()).isEqualTo("did-2");
    assertThat(refs.remoteId("hosted-test", Kind.DID, did.toString())).hasValue("did-2");

    db.update(DID_INVENTORY)
        .set(DID_INVENTORY.STATUS, DidState.QUARANTINE)
        .set(DID_INVENTORY.QUARANTINE_UNTIL, now.plusSeconds(86_400))
        .set(DID_INVENTORY.SUSPENDED_AT, (Instant) null)
        .where(DID_INVENTORY.ID.eq(did))
        .execute();
    pusher().push(object(ObjectType.DID, did.toString(), customer));

    assertThat(hosted.pushed).last().isEqualTo("removed DID did-2");
    assertThat(refs.remoteId("hosted-test", Kind.DID, did.toString())).isEmpty();
  }

  @Test
  void aCustomerGoesToTheHostedSwitchWithItsStatusAndCreditAndIsUpdatedByItsIdAfterwards() {
    Account customer = make.account(admin(), "hosted-customer", AccountKind.CUSTOMER);

    pusher().push(object(ObjectType.BALANCE, customer));
    trunks.suspend(admin(), customer.id(), "testing the hosted switch");
    pusher().push(object(ObjectType.ACCOUNT_STATUS, customer));

    assertThat(hosted.pushed).hasSize(2);
    SwitchCustomer created = (SwitchCustomer) hosted.pushed.get(0);
    assertThat(created.switchId()).isNull();
    assertThat(created.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(created.credit().credit()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(created.credit().debitLimit()).isEqualByComparingTo("100");
    SwitchCustomer updated = (SwitchCustomer) hosted.pushed.get(1);
    assertThat(updated.switchId()).isEqualTo("cust-1");
    assertThat(updated.status()).isEqualTo(AccountStatus.SUSPENDED);
    assertThat(refs.remoteId("hosted-test", Kind.CUSTOMER, customer.id().toString()))
        .hasValue("cust-1");
  }

  @Test
  void aCarrierGoesAsACarrierAndItsEgressTrunkAsItsIpAuthenticationWhichGoesWhenDeleted() {
    Account carrier = make.account(admin(), "hosted-carrier", AccountKind.CARRIER);
    Trunk sbc = make.create(admin(), carrier, TrunkFixtures.egress("sbc", "198.51.100.7:5080"));

    pusher().push(object(ObjectType.TRUNK, sbc.id().toString(), carrier));
    trunks.delete(admin(), carrier.id(), sbc.id());
    pusher().push(object(ObjectType.TRUNK, sbc.id().toString(), carrier));
    pusher().push(object(ObjectType.TRUNK, sbc.id().toString(), carrier));

    assertThat(hosted.pushed).hasSize(3);
    assertThat(hosted.pushed.get(0)).as("the carrier first").isInstanceOf(SwitchCarrier.class);
    SwitchTrunk ip = (SwitchTrunk) hosted.pushed.get(1);
    assertThat(ip.companyId()).isEqualTo("carr-1");
    assertThat(ip.direction()).isEqualTo(TrunkDirection.EGRESS);
    assertThat(ip.host()).isEqualTo("198.51.100.7");
    assertThat(ip.port()).isEqualTo(5080);
    assertThat(hosted.pushed.get(2)).as("removed once, then forgotten").isEqualTo("removed ip-2");
    assertThat(refs.remoteId("hosted-test", Kind.TRUNK, sbc.id().toString())).isEmpty();
  }

  @Test
  void aCustomersLimitsAndCallBlockGoWithTheCustomerAndItsTrunkIsUpdatedByItsId() {
    Account customer = make.account(admin(), "hosted-limited", AccountKind.CUSTOMER);
    Trunk pbx =
        make.create(
            admin(),
            customer,
            TrunkFixtures.ingress("pbx", TrunkFixtures.uniqueBlock(), null, null));
    trunks.setLimits(admin(), customer.id(), new LimitsDraft(30, 5, null, null, List.of()));
    trunks.blockCalls(admin(), customer.id(), "short-call spike");

    pusher().push(object(ObjectType.LIMITS, customer));
    pusher().push(object(ObjectType.TRUNK, pbx.id().toString(), customer));
    pusher().push(object(ObjectType.TRUNK, pbx.id().toString(), customer));

    SwitchCustomer pushed = (SwitchCustomer) hosted.pushed.getFirst();
    assertThat(pushed.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(pushed.blockedReason()).isEqualTo("short-call spike");
    assertThat(pushed.mayCall()).isFalse();
    assertThat(pushed.maxChannels()).isEqualTo(30);
    assertThat(pushed.maxCps()).isEqualTo(5);
    SwitchTrunk created = (SwitchTrunk) hosted.pushed.get(1);
    assertThat(created.switchId()).isNull();
    assertThat(created.companyId()).isEqualTo("cust-1");
    assertThat(created.direction()).isEqualTo(TrunkDirection.INGRESS);
    assertThat(created.techPrefix()).isEqualTo(pbx.techPrefix());
    assertThat(((SwitchTrunk) hosted.pushed.get(2)).switchId()).isEqualTo("ip-2");
  }

  @Test
  void aRateCardGoesAsItsActiveEntriesAndARouteNamesTheCustomersCardAndTechPrefix() {
    RatingFixtures.Pair pair =
        rating.pair(
            admin(),
            "44,UK,0.0200,0.01,60,6,2026-01-01,\n4420,UK London,0.0150,0,1,1,2026-01-01,\n",
            "44,UK,0.0100,0,60,6,2026-01-01,\n");
    make.create(
        admin(),
        pair.customer(),
        TrunkFixtures.ingress("pbx", TrunkFixtures.uniqueBlock(), null, null));

    pusher().push(object(ObjectType.RATE_CARD, pair.buy().id().toString(), pair.carrier()));
    SwitchRateCard buy = (SwitchRateCard) hosted.pushed.getFirst();
    assertThat(buy.cardId()).isNull();
    assertThat(buy.side()).isEqualTo(DeckSide.BUY);
    assertThat(buy.rules())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.prefix()).isEqualTo("44");
              assertThat(r.ratePerMinute()).isEqualByComparingTo("0.0100");
              assertThat(r.initialIncrement()).isEqualTo(60);
              assertThat(r.subsequentIncrement()).isEqualTo(6);
            });

    pusher().push(object(ObjectType.ROUTES, pair.customer().id().toString(), pair.customer()));
    assertThat(hosted.pushed).hasSize(4);
    SwitchRateCard sell = (SwitchRateCard) hosted.pushed.get(2);
    assertThat(sell.side()).isEqualTo(DeckSide.SELL);
    assertThat(sell.rules())
        .extracting(SwitchRateCard.Rule::prefix)
        .containsExactlyInAnyOrder("44", "4420");
    SwitchRoute route = (SwitchRoute) hosted.pushed.get(3);
    assertThat(route.customerId())
        .isEqualTo(
            refs.remoteId("hosted-test", Kind.CUSTOMER, pair.customer().id().toString())
                .orElseThrow());
    assertThat(route.rateCardId()).isEqualTo("card-3");
    assertThat(route.techPrefix()).as("the ingress trunk's").isEqualTo("77#");
    assertThat(refs.remoteId("hosted-test", Kind.ROUTE, pair.customer().id().toString()))
        .hasValue("route-4");

    pusher().push(object(ObjectType.RATE_CARD, pair.sell().id().toString(), pair.customer()));
    assertThat(((SwitchRateCard) hosted.pushed.get(4)).cardId())
        .as("the card is updated by the id the switch gave, as a new revision")
        .isEqualTo("card-3");
  }
}

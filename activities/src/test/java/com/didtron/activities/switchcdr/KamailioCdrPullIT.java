package com.didtron.activities.switchcdr;

import static com.didtron.activities.db.Tables.CDR;
import static com.didtron.activities.db.Tables.SWITCH_CDR_REJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.testing.TrunkFixtures;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.money.Money;
import com.didtron.domain.trunk.Trunk;
import com.didtron.domain.trunk.TrunkDraft;
import com.didtron.domain.user.Role;
import com.didtron.rating.engine.RatingStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Kamailio's CDR rows (inserted into {@code kamailio.acc_cdrs} as its acc module writes them)
 * pulled into the CDR pipeline: rated on both legs, charged once, late rows picked up, malformed
 * rows kept with their reason. Asserts what is stored, whoever pulled it (the pull workflow also
 * pulls once when the platform starts).
 */
@Import(KamailioCdrPullIT.ChargedCalls.class)
class KamailioCdrPullIT extends ActivitiesIT {
  // 44: 0.02/min in 60/6 increments to the customer, 0.01/min + 0.001 connect from the carrier
  private static final String SELL = "44,UK,0.0200,0,60,6,2026-01-01,\n";
  private static final String BUY = "44,UK,0.0100,0.0010,60,6,2026-01-01,\n";

  @Autowired SwitchCdrPulls pulls;
  @Autowired RatingFixtures rating;
  @Autowired TrunkFixtures trunkFixtures;
  @Autowired CustomerBalances balances;
  @Autowired DSLContext db;
  @Autowired ChargedCalls chargedCalls;

  private RatingFixtures.Pair pair;
  private Trunk ingress;
  private Trunk gateway;

  /**
   * Remembers what the pull tells {@link SwitchCdrsCharged} listeners. Imported by this test only
   * (no stereotype: the platform's component scan must not find it for every other test).
   */
  static class ChargedCalls implements SwitchCdrsCharged {
    final List<String> told = new CopyOnWriteArrayList<>();

    @Override
    public void charged(String source, List<String> callIds) {
      callIds.forEach(id -> told.add(source + ":" + id));
    }
  }

  @BeforeEach
  void customerWithSellDeckAndCarrierWithBuyDeckAndTrunks() {
    pair = rating.pair(admin(), SELL, BUY);
    ingress =
        trunkFixtures.create(
            admin(),
            pair.customer(),
            TrunkFixtures.ingress(Fixtures.unique("in"), TrunkFixtures.uniqueBlock(), null, null));
    gateway =
        trunkFixtures.create(
            admin(),
            pair.carrier(),
            TrunkFixtures.egress(Fixtures.unique("gw"), "198.51.100.7:5060"));
  }

  @Test
  void anAnsweredCallIsRatedOnBothLegsAndChargesTheCustomerOnceHoweverOftenItIsPulled() {
    Money before = funds();
    String callId = Fixtures.unique("call");
    // dialled as 77#442071234567: the switch removed the trunk's tech prefix 77# before logging
    insert(callId, "442071234567", 61.25, pair.customer().id().toString(), gateway.id().toString());

    pulls.pull(admin(), "kamailio", null);
    PullResult again = pulls.pull(admin(), "kamailio", null);

    Record cdr = db.selectFrom(CDR).where(CDR.CALL_ID.eq(callId)).fetchSingle();
    assertThat(cdr.get(CDR.STATUS)).isEqualTo(RatingStatus.RATED);
    assertThat(cdr.get(CDR.SOURCE)).isEqualTo("kamailio");
    assertThat(cdr.get(CDR.CALLEE)).isEqualTo("442071234567");
    assertThat(cdr.get(CDR.ACCOUNT_ID)).isEqualTo(pair.customer().id().value());
    assertThat(cdr.get(CDR.CARRIER_ID)).isEqualTo(pair.carrier().id().value());
    // 61.25 s → 62 s → 66 s (60/6): 0.022 to the customer; 0.011 + 0.001 from the carrier
    assertThat(cdr.get(CDR.CUSTOMER_COST)).isEqualByComparingTo("0.022");
    assertThat(cdr.get(CDR.CARRIER_COST)).isEqualByComparingTo("0.012");
    assertThat(again.stored()).isZero();
    assertThat(funds())
        .isEqualTo(before.minus(new Money(cdr.get(CDR.CUSTOMER_COST), before.currency())));
    assertThat(chargedCalls.told).containsOnlyOnce("kamailio:" + callId);
  }

  @Test
  void theNumberRatedIsTheOneTheSwitchRoutedAfterItsTrunkTranslatedItNeverTranslatedTwice() {
    TrunkDraft d =
        TrunkFixtures.ingress(Fixtures.unique("national"), TrunkFixtures.uniqueBlock(), null, null);
    Trunk national =
        trunkFixtures.create(
            admin(),
            pair.customer(),
            new TrunkDraft(
                d.name(),
                d.direction(),
                d.address(),
                d.transport(),
                "99*",
                1,
                "44",
                d.maxChannels(),
                d.maxCps(),
                d.codecs(),
                d.tier(),
                null,
                null,
                null));
    String callId = Fixtures.unique("national");
    insert(
        callId,
        // the switch removed 99*, stripped 0 and put 44 in front before routing and logging
        "442071234567",
        30,
        pair.customer().id().toString(),
        gateway.id().toString(),
        national.id().toString());

    pulls.pull(admin(), "kamailio", null);

    Record cdr = db.selectFrom(CDR).where(CDR.CALL_ID.eq(callId)).fetchSingle();
    assertThat(cdr.get(CDR.CALLEE)).isEqualTo("442071234567");
    assertThat(cdr.get(CDR.STATUS)).isEqualTo(RatingStatus.RATED);
  }

  @Test
  void aRowCommittedAfterAHigherIdWasReadIsStillPickedUp() {
    long lateId = db.fetchValue(DSL.field("nextval('kamailio.acc_cdrs_id_seq')", Long.class));
    String early = Fixtures.unique("early");
    insert(early, "442071234567", 30, pair.customer().id().toString(), gateway.id().toString());
    pulls.pull(admin(), "kamailio", null);
    assertThat(stored(early)).isEqualTo(1);
    assertThat(state().awaiting()).isPositive();

    String late = Fixtures.unique("late");
    AccCdrs.insert(
        db,
        lateId,
        late,
        "442071234567",
        12,
        pair.customer().id().toString(),
        gateway.id().toString(),
        ingress.id().toString());
    pulls.pull(admin(), "kamailio", null);

    assertThat(stored(late)).isEqualTo(1);
    assertThat(db.fetchValue(DSL.select(CDR.STATUS).from(CDR).where(CDR.CALL_ID.eq(late))))
        .isEqualTo(RatingStatus.RATED);
  }

  @Test
  void anInboundCallToTheAccountsNumberIsRatedAtItsInboundPriceAndChargedOnceOthersAreRejected() {
    Money before = funds();
    String account = pair.customer().id().toString();
    String number = InboundNumbers.fresh();
    InboundNumbers.activeNumber(
        db, pair.customer().tenantId().value(), number, pair.customer().id().value(), "0.012000");
    String answered = Fixtures.unique("inbound");
    String notOurs = Fixtures.unique("inbound-not-ours");
    insert(answered, number, 61.25, account, "did:" + number, "inbound");
    insert(notOurs, "442079999999", 30, account, "did:442079999999", "inbound");

    pulls.pull(admin(), "kamailio", null);
    pulls.pull(admin(), "kamailio", null);

    Record cdr = db.selectFrom(CDR).where(CDR.CALL_ID.eq(answered)).fetchSingle();
    assertThat(cdr.get(CDR.STATUS)).isEqualTo(RatingStatus.RATED);
    assertThat(cdr.get(CDR.ACCOUNT_ID)).isEqualTo(pair.customer().id().value());
    assertThat(cdr.get(CDR.CARRIER_ID)).isNull();
    assertThat(cdr.get(CDR.CALLEE)).isEqualTo(number);
    // 61.25 s → 120 s (60/60) at 0.012 a minute
    assertThat(cdr.get(CDR.CUSTOMER_COST)).isEqualByComparingTo("0.024");
    assertThat(funds())
        .isEqualTo(before.minus(new Money(new BigDecimal("0.024"), before.currency())));
    assertThat(reasons(notOurs))
        .containsExactly("number 442079999999 is not in service for the account");
    assertThat(db.fetchCount(CDR, CDR.CALL_ID.eq(notOurs))).isZero();
  }

  @Test
  void malformedRowsAreKeptWithTheirReasonAndNeverStoredOrCharged() {
    Money before = funds();
    String account = pair.customer().id().toString();
    String gw = gateway.id().toString();
    String noAccount = Fixtures.unique("no-account");
    String unknownGateway = Fixtures.unique("unknown-gw");
    String negative = Fixtures.unique("negative");
    String ingressAsGateway = Fixtures.unique("ingress-gw");
    insert(noAccount, "442071234567", 30, "", gw);
    insert(unknownGateway, "442071234567", 30, account, "gw-nobody-knows");
    insert(negative, "442071234567", -4, account, gw);
    insert(ingressAsGateway, "442071234567", 30, account, ingress.id().toString());

    pulls.pull(admin(), "kamailio", null);
    pulls.pull(admin(), "kamailio", null);

    assertThat(reasons(noAccount, unknownGateway, negative, ingressAsGateway))
        .containsExactly(
            "no account: the call's source matched no customer trunk",
            "unknown gateway gw-nobody-knows",
            "negative duration -4.000",
            "unknown gateway " + ingress.id());
    assertThat(
            db.fetchCount(
                CDR, CDR.CALL_ID.in(noAccount, unknownGateway, negative, ingressAsGateway)))
        .isZero();
    assertThat(funds()).isEqualTo(before);
    assertThat(state().recentRejects())
        .extracting(SourceState.Reject::callId)
        .contains(noAccount, unknownGateway, negative, ingressAsGateway);
  }

  @Test
  void aCallToANumberWithoutASellRateIsStoredUnratedWithItsReasonAndCostsNothing() {
    Money before = funds();
    String callId = Fixtures.unique("no-rate");
    insert(callId, "33123456789", 30, pair.customer().id().toString(), gateway.id().toString());

    pulls.pull(admin(), "kamailio", null);

    assertThat(db.fetchValue(DSL.select(CDR.REASON).from(CDR).where(CDR.CALL_ID.eq(callId))))
        .isEqualTo("NO_CUSTOMER_RATE");
    assertThat(funds()).isEqualTo(before);
  }

  @Test
  void withoutAHostedSwitchOnlyTheLocalKamailioIsPulled() {
    assertThat(pulls.sources()).containsExactly("kamailio");
  }

  @Test
  void onlyASuperAdminPullsOrReadsTheSwitchCdrState() {
    Actor tenantAdmin =
        new Actor(null, "tenant admin", admin().tenantId(), Set.of(Role.TENANT_ADMIN), null);
    assertThatThrownBy(() -> pulls.pull(tenantAdmin, "kamailio", null))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> pulls.states(tenantAdmin)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> pulls.pull(admin(), "nowhere", null))
        .isInstanceOf(NoSuchElementException.class);
  }

  private Money funds() {
    return balances.current(pair.customer().tenantId(), pair.customer().id()).funds();
  }

  private SourceState state() {
    return pulls.states(admin()).stream()
        .filter(s -> s.source().equals("kamailio"))
        .findFirst()
        .orElseThrow();
  }

  private int stored(String callId) {
    return db.fetchCount(CDR, CDR.CALL_ID.eq(callId).and(CDR.SOURCE.eq("kamailio")));
  }

  private List<String> reasons(String... callIds) {
    List<String> out = new ArrayList<>();
    for (String id : callIds) {
      out.add(
          db.select(SWITCH_CDR_REJECT.REASON)
              .from(SWITCH_CDR_REJECT)
              .where(SWITCH_CDR_REJECT.CALL_ID.eq(id))
              .fetchSingle(SWITCH_CDR_REJECT.REASON));
    }
    return out;
  }

  private void insert(String callId, String dialled, double seconds, String account, String gw) {
    insert(callId, dialled, seconds, account, gw, ingress.id().toString());
  }

  private void insert(
      String callId, String dialled, double seconds, String account, String gw, String trunk) {
    AccCdrs.insert(db, null, callId, dialled, seconds, account, gw, trunk);
  }
}

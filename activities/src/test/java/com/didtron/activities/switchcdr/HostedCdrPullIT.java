package com.didtron.activities.switchcdr;

import static com.didtron.activities.db.Tables.CDR;
import static com.didtron.activities.db.Tables.SWITCH_CDR_REJECT;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.switchsync.BreakoutQuery;
import com.didtron.activities.switchsync.BreakoutRow;
import com.didtron.activities.switchsync.CdrCursor;
import com.didtron.activities.switchsync.HostedSwitch;
import com.didtron.activities.switchsync.HostedSwitchIds;
import com.didtron.activities.switchsync.MalformedCdr;
import com.didtron.activities.switchsync.RateCardRevision;
import com.didtron.activities.switchsync.SwitchCarrier;
import com.didtron.activities.switchsync.SwitchCdr;
import com.didtron.activities.switchsync.SwitchCdrBatch;
import com.didtron.activities.switchsync.SwitchCustomer;
import com.didtron.activities.switchsync.SwitchDid;
import com.didtron.activities.switchsync.SwitchRateCard;
import com.didtron.activities.switchsync.SwitchRoute;
import com.didtron.activities.switchsync.SwitchTrunk;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.money.Money;
import com.didtron.rating.engine.RatingStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A hosted switch's CDRs (ConnexCS behind {@link HostedSwitch}, here a stand-in that serves pages)
 * pulled into the CDR pipeline through the same pull: its ids mapped back to accounts by {@link
 * HostedSwitchIds}, its cursor kept between pulls, its malformed rows kept with their reason.
 */
@Import(HostedCdrPullIT.Hosted.class)
class HostedCdrPullIT extends ActivitiesIT {
  @Autowired SwitchCdrPulls pulls;
  @Autowired RatingFixtures rating;
  @Autowired CustomerBalances balances;
  @Autowired DSLContext db;
  @Autowired StandIn connexcs;

  /**
   * The stand-in switch and the ids "pushed" to it, imported by this test only (no stereotype: the
   * platform's component scan must not find it for every other test).
   */
  static class Hosted {
    @Bean
    StandIn standIn() {
      return new StandIn();
    }

    @Bean
    @Primary
    HostedSwitchIds hostedSwitchIds(StandIn s) {
      return (name, id) -> Optional.ofNullable(s.pushed.get(name + "/" + id));
    }
  }

  /** Serves the pages it is given, remembering the cursors it was asked with. */
  static final class StandIn implements HostedSwitch {
    final Map<String, AccountId> pushed = new ConcurrentHashMap<>();
    final Queue<SwitchCdrBatch> pages = new ConcurrentLinkedQueue<>();
    final List<CdrCursor> asked = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "connexcs";
    }

    @Override
    public SwitchCdrBatch pullCdrs(CdrCursor cursor, Instant until) {
      asked.add(cursor);
      SwitchCdrBatch page = pages.poll();
      return page != null ? page : new SwitchCdrBatch(List.of(), List.of(), cursor, false);
    }

    @Override
    public String pushCustomer(SwitchCustomer customer) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String pushCarrier(SwitchCarrier carrier) {
      throw new UnsupportedOperationException();
    }

    @Override
    public RateCardRevision pushRateCard(SwitchRateCard card) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String pushRoute(SwitchRoute route) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String pushTrunk(SwitchTrunk trunk) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void removeTrunk(String switchId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String pushDid(SwitchDid did) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<BreakoutRow> pullBreakout(BreakoutQuery query) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void cdrsOfPushedAccountsAreRatedAndChargedMalformedRowsKeptAndTheCursorKeptForTheNextPull() {
    RatingFixtures.Pair pair = pair();
    String customerId = Fixtures.unique("c");
    String carrierId = Fixtures.unique("k");
    connexcs.pushed.put("connexcs/" + customerId, pair.customer().id());
    connexcs.pushed.put("connexcs/" + carrierId, pair.carrier().id());
    Money before = balances.current(pair.customer().tenantId(), pair.customer().id()).funds();
    Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    String answered = Fixtures.unique("cx-call");
    String strangers = Fixtures.unique("cx-strangers");
    String unconnected = Fixtures.unique("cx-unconnected");
    String badRow = "{\"callid\":\"" + Fixtures.unique("cx-bad") + "\",\"dt\":\"yesterday\"}";
    CdrCursor next = new CdrCursor(start.plusSeconds(60), null, null, Map.of(answered, start));
    connexcs.pages.add(
        new SwitchCdrBatch(
            List.of(
                cdr(answered, start, customerId, carrierId, "61.25"),
                cdr(strangers, start, "never-pushed", carrierId, "30"),
                cdr(unconnected, start, customerId, null, "0")),
            List.of(new MalformedCdr(badRow, "dt is not a date")),
            next,
            false));

    pulls.pull(admin(), "connexcs", null);
    pulls.pull(admin(), "connexcs", null);

    Record cdr = db.selectFrom(CDR).where(CDR.CALL_ID.eq(answered)).fetchSingle();
    assertThat(cdr.get(CDR.SOURCE)).isEqualTo("connexcs");
    assertThat(cdr.get(CDR.STATUS)).isEqualTo(RatingStatus.RATED);
    assertThat(cdr.get(CDR.CUSTOMER_COST)).isEqualByComparingTo("0.022");
    assertThat(cdr.get(CDR.CARRIER_COST)).isEqualByComparingTo("0.012");
    assertThat(balances.current(pair.customer().tenantId(), pair.customer().id()).funds())
        .isEqualTo(before.minus(new Money(cdr.get(CDR.CUSTOMER_COST), before.currency())));
    assertThat(connexcs.asked).as("the next pull goes on from the kept cursor").contains(next);
    assertThat(
            db.select(SWITCH_CDR_REJECT.REASON)
                .from(SWITCH_CDR_REJECT)
                .where(SWITCH_CDR_REJECT.SOURCE.eq("connexcs"))
                .and(
                    SWITCH_CDR_REJECT
                        .CALL_ID
                        .in(strangers, unconnected)
                        .or(SWITCH_CDR_REJECT.RAW.eq(badRow)))
                .orderBy(SWITCH_CDR_REJECT.ID)
                .fetch(SWITCH_CDR_REJECT.REASON))
        .containsExactly(
            "dt is not a date",
            "unknown customer never-pushed on connexcs",
            "no carrier: the call reached none");
    assertThat(db.fetchCount(CDR, CDR.CALL_ID.in(strangers, unconnected))).isZero();
  }

  @Test
  void aCallToAnActiveNumberIsRatedAsInboundAndChargedToItsOwnerOnceHoweverOftenItIsPulled() {
    RatingFixtures.Pair pair = pair();
    String ownerId = Fixtures.unique("c");
    connexcs.pushed.put("connexcs/" + ownerId, pair.customer().id());
    String number = InboundNumbers.fresh();
    InboundNumbers.activeNumber(
        db, pair.customer().tenantId().value(), number, pair.customer().id().value(), "0.012000");
    Money before = balances.current(pair.customer().tenantId(), pair.customer().id()).funds();
    Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    String inbound = Fixtures.unique("cx-inbound");
    // ConnexCS's row of a call to the DID: the DID's customer, no provider (pushed without one)
    SwitchCdr row = cdr(inbound, start, ownerId, null, number, "61.25");
    CdrCursor next = new CdrCursor(start.plusSeconds(60), null, null, Map.of());
    connexcs.pages.add(new SwitchCdrBatch(List.of(row), List.of(), next, false));
    connexcs.pages.add(new SwitchCdrBatch(List.of(row), List.of(), next, false));

    pulls.pull(admin(), "connexcs", null);
    pulls.pull(admin(), "connexcs", null);

    assertThat(connexcs.pages).as("the row was served twice").isEmpty();
    Record cdr = db.selectFrom(CDR).where(CDR.CALL_ID.eq(inbound)).fetchSingle();
    assertThat(cdr.get(CDR.SOURCE)).isEqualTo("connexcs");
    assertThat(cdr.get(CDR.STATUS)).isEqualTo(RatingStatus.RATED);
    assertThat(cdr.get(CDR.ACCOUNT_ID)).isEqualTo(pair.customer().id().value());
    assertThat(cdr.get(CDR.CARRIER_ID)).isNull();
    assertThat(cdr.get(CDR.CALLEE)).isEqualTo(number);
    // 61.25 s → 120 s (60/60) at the number's inbound 0.012 a minute, not the 0.02 of the deck
    assertThat(cdr.get(CDR.CUSTOMER_COST)).isEqualByComparingTo("0.024");
    assertThat(balances.current(pair.customer().tenantId(), pair.customer().id()).funds())
        .as("charged once")
        .isEqualTo(before.minus(new Money(new BigDecimal("0.024"), before.currency())));
    assertThat(
            db.fetchCount(
                SWITCH_CDR_REJECT,
                SWITCH_CDR_REJECT.SOURCE.eq("connexcs").and(SWITCH_CDR_REJECT.CALL_ID.eq(inbound))))
        .isZero();
  }

  @Test
  void anotherCustomersCallToTheNumberIsAnOrdinaryOutboundCallOfTheCaller() {
    RatingFixtures.Pair pair = pair();
    String carrierId = Fixtures.unique("k");
    String strangerId = Fixtures.unique("c");
    connexcs.pushed.put("connexcs/" + carrierId, pair.carrier().id());
    connexcs.pushed.put("connexcs/" + strangerId, pair.customer().id());
    String number = InboundNumbers.fresh();
    InboundNumbers.activeNumber(
        db, pair.customer().tenantId().value(), number, pair.carrier().id().value(), "0.012000");
    Instant start = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    String call = Fixtures.unique("cx-inbound-other");
    connexcs.pages.add(
        new SwitchCdrBatch(
            List.of(cdr(call, start, strangerId, carrierId, number, "30")),
            List.of(),
            new CdrCursor(start.plusSeconds(60), null, null, Map.of()),
            false));

    pulls.pull(admin(), "connexcs", null);

    Record cdr = db.selectFrom(CDR).where(CDR.CALL_ID.eq(call)).fetchSingle();
    assertThat(cdr.get(CDR.STATUS)).isEqualTo(RatingStatus.RATED);
    assertThat(cdr.get(CDR.ACCOUNT_ID))
        .as("the caller pays, not the number's owner")
        .isEqualTo(pair.customer().id().value());
    assertThat(cdr.get(CDR.CARRIER_ID)).isEqualTo(pair.carrier().id().value());
    assertThat(
            db.fetchCount(
                SWITCH_CDR_REJECT,
                SWITCH_CDR_REJECT.SOURCE.eq("connexcs").and(SWITCH_CDR_REJECT.CALL_ID.eq(call))))
        .isZero();
  }

  @Test
  void aConfiguredHostedSwitchWithItsIdMappingIsPulledBesideTheLocalKamailio() {
    assertThat(pulls.sources()).containsExactly("kamailio", "connexcs");
  }

  private RatingFixtures.Pair pair() {
    return rating.pair(
        admin(), "44,UK,0.0200,0,60,6,2026-01-01,\n", "44,UK,0.0100,0.0010,60,6,2026-01-01,\n");
  }

  private static SwitchCdr cdr(
      String callId, Instant start, String customer, String carrier, String seconds) {
    return cdr(callId, start, customer, carrier, "442071234567", seconds);
  }

  private static SwitchCdr cdr(
      String callId,
      Instant start,
      String customer,
      String carrier,
      String callee,
      String seconds) {
    return new SwitchCdr(
        callId,
        start,
        customer,
        carrier,
        "100",
        callee,
        new BigDecimal(seconds),
        BigDecimal.ZERO,
        200,
        "OK",
        null);
  }
}

package com.didtron.activities.fraud;

import static com.didtron.activities.db.Tables.AUDIT_LOG;
import static com.didtron.activities.db.Tables.EMAIL_OUTBOX;
import static com.didtron.activities.db.Tables.SWITCH_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.didtron.activities.account.Accounts;
import com.didtron.activities.cdr.CdrIngestService;
import com.didtron.activities.cdr.IngestRequest;
import com.didtron.activities.testing.ActivitiesIT;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.activities.trunk.LimitsChange;
import com.didtron.activities.trunk.Trunks;
import com.didtron.domain.access.AccessDenied;
import com.didtron.domain.access.Actor;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountStatus;
import com.didtron.domain.fraud.FraudAction;
import com.didtron.domain.fraud.FraudEvent;
import com.didtron.domain.fraud.FraudMetric;
import com.didtron.domain.trunk.LimitsDraft;
import com.didtron.domain.user.Role;
import com.didtron.testsupport.TestClock;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fraud detector on CDRs stored by the real pipeline: events, actions, no duplicates, clearing,
 * audit. Each test works on its own day (the clock is set), so CDRs of other tests are outside its
 * windows.
 */
class FraudDetectionIT extends ActivitiesIT {
  private static final String DECK = "44,UK,0.0600,0,1,1,2026-01-01,\n";

  @Autowired RatingFixtures rating;
  @Autowired Fixtures fixtures;
  @Autowired CdrIngestService ingest;
  @Autowired FraudDetector detector;
  @Autowired FraudEvents events;
  @Autowired Trunks trunks;
  @Autowired Accounts accounts;
  @Autowired DSLContext db;
  @Autowired TestClock clock;

  @AfterEach
  void realClockAgain() {
    clock.reset();
  }

  /** Stores CDRs of the pair starting one minute apart before {@code end}, one per duration. */
  private void calls(RatingFixtures.Pair p, Instant end, int... durations) {
    StringBuilder csv = new StringBuilder(RatingFixtures.CDR_HEADER);
    for (int i = 0; i < durations.length; i++) {
      Instant start = end.minusSeconds(60L * (durations.length - i));
      csv.append(Fixtures.unique("call"))
          .append(',')
          .append(p.customer().name())
          .append(',')
          .append(p.carrier().name())
          .append(",100,442071234567,")
          .append(start)
          .append(',')
          .append(durations[i])
          .append('\n');
    }
    ingest.ingest(
        admin(),
        new IngestRequest(
            Fixtures.unique("switch"), "cdrs.csv", IngestRequest.Channel.UPLOAD, null),
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private List<FraudEvent> of(Account a) {
    return events.find(admin(), new FraudFilter(a.id(), null, null, false, 50));
  }

  private List<String> audit(String entity, String id) {
    return db.select(AUDIT_LOG.ACTION, AUDIT_LOG.ACTOR)
        .from(AUDIT_LOG)
        .where(AUDIT_LOG.ENTITY_TYPE.eq(entity), AUDIT_LOG.ENTITY_ID.eq(id))
        .orderBy(AUDIT_LOG.ID)
        .fetch(r -> r.value1() + " " + r.value2());
  }

  private static int[] repeat(int times, int seconds) {
    int[] d = new int[times];
    Arrays.fill(d, seconds);
    return d;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] d = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, d, a.length, b.length);
    return d;
  }

  @Test
  void aBurstOfShortCallsBlocksNewCallsOnceWithAnAuditedEventAndStaffAreTold() {
    Actor admin = admin();
    String staff = fixtures.staffUser(admin, Role.TENANT_ADMIN);
    RatingFixtures.Pair p = rating.pair(admin, DECK, DECK);
    Instant now = Instant.parse("2031-03-02T12:00:00Z");
    clock.set(now);
    calls(p, now.minusSeconds(30), concat(repeat(15, 3), repeat(10, 40))); // 60 % short of 25

    detector.scan();

    List<FraudEvent> found = of(p.customer());
    assertThat(found).hasSize(1);
    FraudEvent e = found.get(0);
    assertThat(e.metric()).isEqualTo(FraudMetric.SHORT_CALLS);
    assertThat(e.action()).isEqualTo(FraudAction.BLOCK);
    assertThat(e.observed()).isEqualByComparingTo("60");
    assertThat(e.threshold()).isEqualByComparingTo("50");
    assertThat(e.sample()).isEqualTo(25);
    assertThat(e.accountName()).isEqualTo(p.customer().name());
    assertThat(e.reason()).contains("60% of 25 answered calls were short");
    assertThat(trunks.callBlock(admin, p.customer().id()))
        .hasValueSatisfying(b -> assertThat(b.reason()).contains("SHORT_CALLS").contains("60%"));
    assertThat(accounts.find(p.customer().id()).orElseThrow().status())
        .as("blocked, not suspended")
        .isEqualTo(AccountStatus.ACTIVE);
    assertThat(audit(FraudActions.ENTITY, e.id().toString()))
        .containsExactly("CREATE system:fraud-detector");
    assertThat(audit("call_block", p.customer().id().toString()))
        .containsExactly("CREATE system:fraud-detector");
    assertThat(
            db.select(SWITCH_CHANGE.OBJECT_TYPE)
                .from(SWITCH_CHANGE)
                .where(SWITCH_CHANGE.ACCOUNT_ID.eq(p.customer().id().value()))
                .fetch(SWITCH_CHANGE.OBJECT_TYPE))
        .contains("ACCOUNT_STATUS");
    assertThat(
            db.fetchCount(
                EMAIL_OUTBOX,
                EMAIL_OUTBOX.KIND.eq(FraudNotifier.KIND),
                EMAIL_OUTBOX.TO_ADDRESS.eq(staff),
                EMAIL_OUTBOX.SUBJECT.contains(p.customer().name())))
        .isEqualTo(1);

    clock.set(now.plusSeconds(60));
    calls(p, now.plusSeconds(50), 2); // the condition persists
    detector.scan();

    assertThat(of(p.customer())).hasSize(1).allSatisfy(ev -> assertThat(ev.isOpen()).isTrue());
    assertThat(audit(FraudActions.ENTITY, e.id().toString())).hasSize(1);
    assertThat(audit("call_block", p.customer().id().toString())).hasSize(1);
  }

  @Test
  void clearingABlockUnblocksTheAccountAuditedAndOnlyLaterCallsAreJudgedAgain() {
    Actor admin = admin();
    RatingFixtures.Pair p = rating.pair(admin, DECK, DECK);
    Instant now = Instant.parse("2031-03-04T12:00:00Z");
    clock.set(now);
    calls(p, now.minusSeconds(30), concat(repeat(12, 2), repeat(8, 30)));
    detector.scan();
    FraudEvent e = of(p.customer()).get(0);
    assertThat(e.action()).isEqualTo(FraudAction.BLOCK);

    clock.set(now.plusSeconds(120));
    FraudEvent cleared = events.clear(admin, e.id(), "Customer confirmed a dialler test");

    assertThat(cleared.isOpen()).isFalse();
    assertThat(cleared.clearedBy()).isEqualTo(admin.name());
    assertThat(cleared.clearNote()).isEqualTo("Customer confirmed a dialler test");
    assertThat(trunks.callBlock(admin, p.customer().id())).isEmpty();
    assertThat(audit(FraudActions.ENTITY, e.id().toString()))
        .containsExactly("CREATE system:fraud-detector", "UPDATE " + admin.name());
    assertThat(audit("call_block", p.customer().id().toString()))
        .containsExactly("CREATE system:fraud-detector", "DELETE " + admin.name());
    assertThatThrownBy(() -> events.clear(admin, e.id(), "again"))
        .isInstanceOf(IllegalStateException.class);

    clock.set(now.plusSeconds(180));
    detector.scan();
    assertThat(of(p.customer())).as("the calls before the clearing do not count").hasSize(1);
    assertThat(trunks.callBlock(admin, p.customer().id())).isEmpty();
  }

  @Test
  void dailySpendIsJudgedPerSideAgainstEachAccountsOwnCap() {
    Actor admin = admin();
    RatingFixtures.Pair p =
        rating.pair(admin, "44,UK,1.0000,0,1,1,2026-01-01,\n", "44,UK,0.5000,0,1,1,2026-01-01,\n");
    cap(admin, p.customer(), "5");
    cap(admin, p.carrier(), "2");
    Instant now = Instant.parse("2031-03-06T12:00:00Z");
    clock.set(now.minusSeconds(3 * 3600));
    calls(p, now.minusSeconds(4 * 3600), 120, 120, 120); // 6.00 spent, 3.00 cost, hours ago
    clock.set(now);

    detector.scan();

    FraudEvent spend = of(p.customer()).get(0);
    assertThat(of(p.customer())).hasSize(1);
    assertThat(spend.metric()).isEqualTo(FraudMetric.CUSTOMER_SPEND);
    assertThat(spend.action()).isEqualTo(FraudAction.BLOCK);
    assertThat(spend.observed()).isEqualByComparingTo("6");
    assertThat(spend.threshold()).isEqualByComparingTo("5");
    assertThat(trunks.callBlock(admin, p.customer().id())).isPresent();
    FraudEvent cost = of(p.carrier()).get(0);
    assertThat(of(p.carrier())).hasSize(1);
    assertThat(cost.metric()).isEqualTo(FraudMetric.CARRIER_COST);
    assertThat(cost.action()).isEqualTo(FraudAction.ALERT);
    assertThat(cost.observed()).isEqualByComparingTo("3");
    assertThat(cost.threshold()).isEqualByComparingTo("2");
    assertThat(trunks.callBlock(admin, p.carrier().id())).as("an alert only").isEmpty();
  }

  @Test
  void aWorseningConditionEscalatesItsOpenEventToASuspension() {
    Actor admin = admin();
    RatingFixtures.Pair p = rating.pair(admin, DECK, DECK);
    Instant now = Instant.parse("2031-03-08T12:00:00Z");
    clock.set(now);
    calls(p, now.minusSeconds(30 * 60), concat(repeat(4, 2), repeat(8, 30))); // 33 % of 12
    detector.scan();
    assertThat(of(p.customer()))
        .singleElement()
        .satisfies(ev -> assertThat(ev.action()).isEqualTo(FraudAction.ALERT));

    clock.set(now.plusSeconds(60));
    calls(p, now.plusSeconds(30), repeat(30, 1)); // now 34 of 42 short: 80.95 %
    detector.scan();

    FraudEvent e = of(p.customer()).get(0);
    assertThat(of(p.customer())).hasSize(1);
    assertThat(e.action()).isEqualTo(FraudAction.SUSPEND);
    assertThat(accounts.find(p.customer().id()).orElseThrow().status())
        .isEqualTo(AccountStatus.SUSPENDED);
    assertThat(audit(FraudActions.ENTITY, e.id().toString()))
        .containsExactly("CREATE system:fraud-detector", "UPDATE system:fraud-detector");
    assertThat(audit("account_suspension", p.customer().id().toString()))
        .containsExactly("UPDATE system:fraud-detector");
  }

  @Test
  void customersAndCarriersCannotReadOrClearFraudEvents() {
    Actor admin = admin();
    RatingFixtures.Pair p = rating.pair(admin, DECK, DECK);
    Actor customer = actorOf(fixtures.portalUser(admin, p.customer(), Role.CUSTOMER));
    Actor analyst = actorOf(fixtures.staffUser(admin, Role.ANALYST));

    assertThatThrownBy(() -> events.find(customer, FraudFilter.all()))
        .isInstanceOf(AccessDenied.class);
    assertThat(events.find(analyst, FraudFilter.all())).isNotNull();
  }

  private void cap(Actor admin, Account a, String cap) {
    assertThat(
            trunks.setLimits(
                admin, a.id(), new LimitsDraft(null, null, new BigDecimal(cap), null, List.of())))
        .isInstanceOf(LimitsChange.Saved.class);
  }
}

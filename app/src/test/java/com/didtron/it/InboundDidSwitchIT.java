package com.didtron.it;

import static com.didtron.activities.db.Tables.CDR;
import static com.didtron.activities.db.Tables.DID_INVENTORY;
import static com.didtron.activities.db.Tables.DID_PRICE;
import static com.didtron.activities.db.Tables.SWITCH_CDR_CURSOR;
import static com.didtron.it.SwitchCalls.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.creditcontrol.AuthoriseServer;
import com.didtron.activities.switchsync.SwitchChanges;
import com.didtron.activities.switchsync.SwitchChanges.Change;
import com.didtron.activities.switchsync.SwitchChanges.ObjectType;
import com.didtron.activities.testing.FakeSwitchRpc;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.app.kamailio.KamailioSwitch;
import com.didtron.app.kamailio.SwitchEndpoints;
import com.didtron.app.platform.DatabaseLogins;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.did.DidState;
import com.didtron.rating.engine.RatingStatus;
import com.didtron.sip.sipp.SippPeer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inbound calls to the platform's numbers through the local Kamailio: an ACTIVE number (a test
 * fixture row, as ordering leaves it) is pushed by the switch sync alone after {@code
 * SwitchChanges.record(…, DID, UPSERT)}; SIPp as the carrier calls it, a second SIPp at the
 * customer's SIP URI answers; the inbound CDR is pulled, rated at the number's inbound price and
 * charged to the owner. A suspended number gets 403, a destination that does not answer hands the
 * call to the failover URI, and a released number gets 404.
 */
class InboundDidSwitchIT extends PlatformIT {
  private static final int SIP_PORT = SwitchCalls.freeUdpPort();
  private static final int RPC_PORT = SwitchCalls.freeTcpPort();
  private static final String CARRIER_IP = "127.0.0.6";
  private static KamailioSwitch kamailio;
  private static FakeSwitchRpc rpc;
  private static Account owner;

  @LocalServerPort int port;
  @Autowired AuthoriseServer authorise;
  @Autowired DSLContext db;
  @Autowired DatabaseLogins databaseLogins;
  @Autowired RatingFixtures rating;
  @Autowired ApiKeyService keys;
  @Autowired CustomerBalances balances;
  @Autowired SwitchChanges changes;
  @Autowired TransactionTemplate tx;

  @BeforeEach
  void switchAndAnOwner() throws Exception {
    if (kamailio != null) {
      return;
    }
    kamailio =
        new KamailioSwitch(
            Files.createTempDirectory("didtron-inbound-switch-"),
            authorise.port(),
            authorise.token());
    SwitchEndpoints endpoints =
        kamailio.start(
            databaseLogins.owner(), new SwitchEndpoints("127.0.0.1", SIP_PORT, RPC_PORT));
    rpc = FakeSwitchRpc.forwardingTo(endpoints.rpcUrl());
    owner = rating.account(admin(), Fixtures.unique("DID owner"), AccountKind.CUSTOMER, "USD");
  }

  @AfterAll
  static void stopSwitch() {
    if (rpc != null) {
      rpc.close();
    }
    if (kamailio != null) {
      kamailio.stop();
    }
  }

  @Test
  void aCarriersCallIsAnsweredAtTheCustomersUriThenPulledRatedAtTheInboundPriceAndCharged()
      throws Exception {
    try (SippPeer customer = answering()) {
      String number = number();
      UUID did =
          activeDid(
              number,
              "sip:" + number + "@127.0.0.1:" + customer.port(),
              null,
              30,
              false,
              "0.015000");
      push(did, Change.UPSERT);
      BigDecimal before = funds();

      Process call = SwitchCalls.sippCall(CARRIER_IP, "127.0.0.1:" + SIP_PORT, number, 2000);
      assertThat(call.waitFor(90, TimeUnit.SECONDS)).isTrue();
      assertThat(call.exitValue()).as("sipp's exit code (0 = answered and hung up)").isZero();

      assertThat(pullNow()).isEqualTo(202);
      Record cdr =
          eventually(
              "the inbound CDR rated",
              () ->
                  db.selectFrom(CDR)
                      .where(CDR.SOURCE.eq("kamailio"))
                      .and(CDR.CALLEE.eq(number))
                      .fetchOne());
      assertThat(cdr.get(CDR.STATUS)).isEqualTo(RatingStatus.RATED);
      assertThat(cdr.get(CDR.ACCOUNT_ID)).isEqualTo(owner.id().value());
      assertThat(cdr.get(CDR.CARRIER_ID)).isNull();
      // two seconds of talk: one 60 s increment at 0.015 a minute
      assertThat(cdr.get(CDR.CUSTOMER_COST)).isEqualByComparingTo("0.015");
      assertThat(cdr.get(CDR.CARRIER_COST)).isEqualByComparingTo("0");
      eventually(
          "the owner charged",
          () -> before.subtract(funds()).compareTo(new BigDecimal("0.015")) == 0 ? true : null);
      // a second pull charges nothing twice: wait until a pull has finished after asking for it
      // (the cursor's last pull time moves on), then look
      Instant pulledBefore = lastPull();
      assertThat(pullNow()).isEqualTo(202);
      eventually(
          "a pull finished after the second request",
          () -> lastPull().isAfter(pulledBefore) ? true : null);
      assertThat(before.subtract(funds())).isEqualByComparingTo("0.015");
      assertThat(db.fetchCount(CDR, CDR.CALLEE.eq(number))).isEqualTo(1);
    }
  }

  @Test
  void aSuspendedNumberIsRefusedWith403() {
    String number = number();
    UUID did = activeDid(number, "sip:" + number + "@127.0.0.1:9", null, 30, true, "0.01");
    push(did, Change.UPSERT);

    String reply = SwitchCalls.invite(CARRIER_IP, "127.0.0.1", SIP_PORT, number);
    assertThat(reply).startsWith("SIP/2.0 403 Number suspended");
  }

  @Test
  void aDestinationThatDoesNotAnswerHandsTheCallToTheFailover() throws Exception {
    try (SippPeer failover = answering()) {
      String number = number();
      String silent = "sip:" + number + "@127.0.0.1:" + SwitchCalls.freeUdpPort();
      UUID did =
          activeDid(
              number,
              silent,
              "sip:" + number + "@127.0.0.1:" + failover.port(),
              5,
              false,
              "0.010000");
      push(did, Change.UPSERT);

      Process call = SwitchCalls.sippCall(CARRIER_IP, "127.0.0.1:" + SIP_PORT, number, 1000);
      assertThat(call.waitFor(90, TimeUnit.SECONDS)).isTrue();
      // nothing listens at the destination: only the failover SIPp can have answered
      assertThat(call.exitValue()).as("answered by the failover").isZero();
    }
  }

  @Test
  void aReleasedNumberIsNotFound() {
    String number = number();
    UUID did = activeDid(number, "sip:" + number + "@127.0.0.1:9", null, 30, false, "0.01");
    push(did, Change.UPSERT);
    tx.executeWithoutResult(
        s ->
            db.update(DID_INVENTORY)
                .set(DID_INVENTORY.STATUS, DidState.QUARANTINE)
                .set(DID_INVENTORY.QUARANTINE_UNTIL, Instant.now().plus(30, ChronoUnit.DAYS))
                .set(DID_INVENTORY.DESTINATION_URI, (String) null)
                .where(DID_INVENTORY.ID.eq(did))
                .execute());
    push(did, Change.DELETE);

    String reply = SwitchCalls.invite(CARRIER_IP, "127.0.0.1", SIP_PORT, number);
    assertThat(reply).startsWith("SIP/2.0 404");
  }

  private SippPeer answering() {
    return SippPeer.scenario("kamailio-carrier.xml").set("ring_ms", 0).set("answer_ms", 0).start();
  }

  /** An ACTIVE number of the owner as ordering leaves it, with its price (a fixture). */
  private UUID activeDid(
      String number,
      String destination,
      String failover,
      int ringSeconds,
      boolean suspended,
      String perMinute) {
    UUID id = UUID.randomUUID();
    String area = "Inbound " + number;
    Instant now = Instant.now();
    tx.executeWithoutResult(
        s -> {
          db.insertInto(DID_PRICE)
              .set(DID_PRICE.ID, UUID.randomUUID())
              .set(DID_PRICE.TENANT_ID, owner.tenantId().value())
              .set(DID_PRICE.COUNTRY_CODE, "GB")
              .set(DID_PRICE.NUMBER_TYPE, "GEOGRAPHIC")
              .set(DID_PRICE.AREA, area)
              .set(DID_PRICE.MONTHLY_PRICE, new BigDecimal("2"))
              .set(DID_PRICE.SETUP_PRICE, BigDecimal.ZERO)
              .set(DID_PRICE.INBOUND_PER_MINUTE, new BigDecimal(perMinute))
              .set(DID_PRICE.CURRENCY, "USD")
              .set(DID_PRICE.EFFECTIVE_FROM, now.minusSeconds(3600))
              .set(DID_PRICE.CREATED_BY, "test")
              .set(DID_PRICE.CREATED_AT, now)
              .execute();
          db.insertInto(DID_INVENTORY)
              .set(DID_INVENTORY.ID, id)
              .set(DID_INVENTORY.TENANT_ID, owner.tenantId().value())
              .set(DID_INVENTORY.NUMBER, number)
              .set(DID_INVENTORY.COUNTRY_CODE, "GB")
              .set(DID_INVENTORY.AREA, area)
              .set(DID_INVENTORY.NUMBER_TYPE, "GEOGRAPHIC")
              .set(DID_INVENTORY.PROVIDER, "manual")
              .set(DID_INVENTORY.MONTHLY_COST, new BigDecimal("1"))
              .set(DID_INVENTORY.SETUP_COST, BigDecimal.ZERO)
              .set(DID_INVENTORY.CURRENCY, "USD")
              .set(DID_INVENTORY.STATUS, DidState.ACTIVE)
              .set(DID_INVENTORY.ACCOUNT_ID, owner.id().value())
              .set(DID_INVENTORY.DESTINATION_URI, destination)
              .set(DID_INVENTORY.FAILOVER_URI, failover)
              .set(DID_INVENTORY.RING_TIMEOUT_SECONDS, ringSeconds)
              .set(DID_INVENTORY.ACTIVATED_AT, now)
              .set(DID_INVENTORY.SUSPENDED_AT, suspended ? now : null)
              .set(DID_INVENTORY.CREATED_AT, now)
              .set(DID_INVENTORY.UPDATED_AT, now)
              .execute();
        });
    return id;
  }

  private void push(UUID did, Change change) {
    tx.executeWithoutResult(
        s -> changes.record(owner.tenantId(), owner.id(), ObjectType.DID, did.toString(), change));
    String key = keys.create(admin(), Fixtures.unique("inbound")).secret();
    String object = "\"objectType\":\"DID\",\"objectId\":\"%s\"".formatted(did);
    eventually(
        "DID " + did + " in sync on the switch",
        () -> {
          try {
            String body =
                new ApiClient(port)
                    .json(
                        "GET",
                        "/api/switch/status?state=IN_SYNC&target=kamailio&limit=1000",
                        key,
                        null)
                    .body();
            return body.contains(object) ? Boolean.TRUE : null;
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  private int pullNow() throws Exception {
    String key = keys.create(admin(), Fixtures.unique("inbound")).secret();
    return new ApiClient(port).json("POST", "/api/switch/cdrs/pull", key, null).statusCode();
  }

  /** When the local switch's CDRs were last pulled (the epoch before the first pull). */
  private Instant lastPull() {
    Instant at =
        db.select(SWITCH_CDR_CURSOR.LAST_PULL_AT)
            .from(SWITCH_CDR_CURSOR)
            .where(SWITCH_CDR_CURSOR.SOURCE.eq("kamailio"))
            .fetchOne(SWITCH_CDR_CURSOR.LAST_PULL_AT);
    return at == null ? Instant.EPOCH : at;
  }

  private BigDecimal funds() {
    return balances.current(owner.tenantId(), owner.id()).funds().amount();
  }

  private static String number() {
    return "4420" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
  }
}

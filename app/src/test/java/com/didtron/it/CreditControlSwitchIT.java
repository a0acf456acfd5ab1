package com.didtron.it;

import static com.didtron.activities.db.Tables.CDR;
import static com.didtron.it.SwitchCalls.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.creditcontrol.AuthoriseServer;
import com.didtron.activities.switchsync.kamailio.KamailioRpc;
import com.didtron.activities.testing.FakeSwitchRpc;
import com.didtron.app.kamailio.KamailioSwitch;
import com.didtron.app.kamailio.SwitchEndpoints;
import com.didtron.app.platform.DatabaseLogins;
import com.didtron.rating.credit.CallRate;
import com.didtron.rating.engine.RatingStatus;
import com.didtron.sip.sipp.SippPeer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real-time credit control end to end, as an operator's script runs it: accounts, decks, trunks,
 * limits, top-ups and suspension over the REST API ({@link SwitchOperator}), carried to the local
 * Kamailio by the switch sync alone; SIPp customers (each from its own loopback address) call SIPp
 * carriers (by prefix, each the cheapest for its own: 4470 answers, 4480 is busy: 486 is final, no
 * failover, so "admitted" is seen without a call being set up).
 */
class CreditControlSwitchIT extends PlatformIT {
  private static final int SIP_PORT = SwitchCalls.freeUdpPort();
  private static final int RPC_PORT = SwitchCalls.freeTcpPort();

  /** 0.60 per minute, billed per second: 0.30 buys exactly 30 seconds. */
  private static final String DECK = "44,UK,0.60,0,1,1,2020-01-01,\n";

  /** 0.001 per minute: a 6-hour call reserves 0.36, so many calls fit a 100 USD credit limit. */
  private static final String CHEAP = "44,UK,0.001,0,1,1,2020-01-01,\n";

  private static KamailioSwitch kamailio;
  private static FakeSwitchRpc rpc;
  private static SippPeer answering;
  private static SippPeer busy;
  private static String apiKey;

  @LocalServerPort int port;
  @Autowired DSLContext db;
  @Autowired DatabaseLogins databaseLogins;
  @Autowired AuthoriseServer authorise;
  @Autowired ApiKeyService keys;
  @Autowired JsonMapper json;

  private SwitchOperator operator;

  @BeforeEach
  void switchUnderCreditControlWithTwoCarriersAddedOverTheApi() {
    if (kamailio == null) {
      kamailio = new KamailioSwitch(DATA_DIR, authorise.port(), authorise.token());
      SwitchEndpoints endpoints =
          kamailio.start(
              databaseLogins.owner(), new SwitchEndpoints("127.0.0.1", SIP_PORT, RPC_PORT));
      rpc = FakeSwitchRpc.forwardingTo(endpoints.rpcUrl());
      apiKey = keys.create(admin(), "credit-control").secret();
      answering =
          SippPeer.scenario("kamailio-carrier.xml").set("ring_ms", 0).set("answer_ms", 0).start();
      busy = SippPeer.scenario("uas-busy.xml").start();
      operator = new SwitchOperator(port, apiKey, json);
      operator.carrier("4470", answering.port());
      operator.carrier("4480", busy.port());
    }
    operator = new SwitchOperator(port, apiKey, json);
  }

  @AfterAll
  static void stopSwitchAndCarriers() {
    for (AutoCloseable c : new AutoCloseable[] {rpc, answering, busy}) {
      if (c != null) {
        try {
          c.close();
        } catch (Exception e) {
          // already gone
        }
      }
    }
    if (kamailio != null) {
      kamailio.stop();
    }
  }

  @Test
  void aPrepaidCustomerWithFundsForThirtySecondsIsCutAtThirtySecondsOnBothSidesAndChargedExactly()
      throws Exception {
    int carrierPort = SwitchCalls.freeUdpPort();
    Process carrierSide =
        SwitchSipp.start(
            "kamailio-carrier.xml",
            "127.0.0.1",
            carrierPort,
            List.of("-set", "ring_ms", "0", "-set", "answer_ms", "0"),
            null);
    try {
      operator.carrier("4490", carrierPort);
      String customer = operator.customer("127.0.0.31", "PREPAID", "0", DECK);
      operator.topUp(customer, "0.30");
      String number = "4490" + suffix();

      Process customerSide =
          SwitchSipp.start(
              "kamailio-customer-cut.xml", "127.0.0.31", 0, List.of(), switchAt(number));
      assertThat(customerSide.waitFor(100, TimeUnit.SECONDS)).isTrue();
      assertThat(customerSide.exitValue()).as("the customer got the switch's BYE").isZero();
      assertThat(carrierSide.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(carrierSide.exitValue()).as("the carrier got the switch's BYE").isZero();

      BigDecimal talk = eventually("the switch's CDR", () -> switchDuration(number));
      assertThat(talk).as("cut at 30 s (± 2 s)").isBetween(new BigDecimal(28), new BigDecimal(32));

      operator.call(202, "POST", "/api/switch/cdrs/pull", null);
      Record cdr =
          eventually(
              "the call's CDR rated in DIDTron",
              () -> db.selectFrom(CDR).where(CDR.CALLEE.eq(number)).fetchOne());
      assertThat(cdr.get(CDR.STATUS)).isEqualTo(RatingStatus.RATED);
      long billed = cdr.get(CDR.CUSTOMER_BILLABLE);
      // the switch's timeout is the paid 30 s less one: its timer fires up to a second late and the
      // rater rounds the talk time up to a whole second, so the call is billed 29 or 30 s, never 31
      assertThat(billed)
          .as("billed: the talk time rounded up to a whole second, never above the paid 30 s")
          .isEqualTo(cdr.get(CDR.DURATION).setScale(0, RoundingMode.CEILING).longValueExact())
          .isBetween(29L, 30L);
      BigDecimal price = new CallRate(new BigDecimal("0.60"), BigDecimal.ZERO, 1, 1).costOf(billed);
      assertThat(cdr.get(CDR.CUSTOMER_COST)).isEqualByComparingTo(price);
      assertThat(operator.funds(customer))
          .as("the balance dropped by exactly the rated amount")
          .isEqualByComparingTo(new BigDecimal("0.30").subtract(price))
          .isGreaterThanOrEqualTo(BigDecimal.ZERO);
    } finally {
      carrierSide.destroy();
    }
  }

  @Test
  void twoParallelCallsOfAPrepaidCustomerNeverTogetherExceedItsFunds() throws Exception {
    String customer = operator.customer("127.0.0.32", "PREPAID", "0", DECK);
    operator.topUp(customer, "0.30");
    String number = "4470" + suffix();
    Process first =
        SwitchSipp.start(
            "kamailio-customer.xml",
            "127.0.0.32",
            0,
            List.of("-set", "talk_ms", "120000"),
            switchAt(number));
    try {
      JsonNode call = eventually("the first call answered", () -> operator.answered(number));
      String second = SwitchCalls.invite("127.0.0.32", "127.0.0.1", SIP_PORT, "4470" + suffix());
      assertThat(second).startsWith("SIP/2.0 402").contains("X-DIDTron-Reason: insufficient funds");
      operator.hangUp(call);
    } finally {
      first.destroy();
    }
  }

  @Test
  void aChannelLimitOfTwoRefusesTheThirdConcurrentCall() throws Exception {
    String customer = operator.customer("127.0.0.33", "POSTPAID", "100", CHEAP);
    operator.call(200, "PUT", "/api/accounts/" + customer + "/limits", "{\"maxChannels\":2}");
    List<Process> calls = new ArrayList<>();
    List<JsonNode> active = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        String number = "4470" + suffix();
        calls.add(
            SwitchSipp.start(
                "kamailio-customer.xml",
                "127.0.0.33",
                0,
                List.of("-set", "talk_ms", "120000"),
                switchAt(number)));
        active.add(eventually("call " + (i + 1) + " answered", () -> operator.answered(number)));
      }
      String third = SwitchCalls.invite("127.0.0.33", "127.0.0.1", SIP_PORT, "4470" + suffix());
      assertThat(third)
          .startsWith("SIP/2.0 403")
          .contains("X-DIDTron-Reason: channel limit 2 reached");
    } finally {
      active.forEach(operator::hangUp);
      calls.forEach(Process::destroy);
    }
  }

  @Test
  void suspendingTheAccountThroughTheApiRefusesItsNextCallWithinASecond() {
    String customer = operator.customer("127.0.0.34", "POSTPAID", "100", DECK);
    assertThat(SwitchCalls.invite("127.0.0.34", "127.0.0.1", SIP_PORT, "4480" + suffix()))
        .as("admitted: the call reaches the busy carrier")
        .startsWith("SIP/2.0 486");

    operator.call(200, "POST", "/api/accounts/" + customer + "/suspend", "{\"reason\":\"fraud\"}");
    String reply = firstReplyWithin(Duration.ofSeconds(1), "127.0.0.34", "SIP/2.0 403");
    assertThat(reply).startsWith("SIP/2.0 403").contains("X-DIDTron-Reason: account suspended");
  }

  @Test
  void aTopUpMakesARefusedPrepaidCustomerCallableAgainWithinASecond() {
    String customer = operator.customer("127.0.0.35", "PREPAID", "0", DECK);
    assertThat(SwitchCalls.invite("127.0.0.35", "127.0.0.1", SIP_PORT, "4480" + suffix()))
        .startsWith("SIP/2.0 402")
        .contains("X-DIDTron-Reason: insufficient funds");

    operator.topUp(customer, "5.00");
    assertThat(firstReplyWithin(Duration.ofSeconds(1), "127.0.0.35", "SIP/2.0 486"))
        .as("admitted again: the call reaches the busy carrier")
        .startsWith("SIP/2.0 486");
  }

  @Test
  void whileCreditControlDoesNotAnswerTheSwitchRefusesCallsWith503() {
    operator.customer("127.0.0.36", "POSTPAID", "100", DECK);
    int before = authorise.port();
    authorise.stop();
    try {
      assertThat(SwitchCalls.invite("127.0.0.36", "127.0.0.1", SIP_PORT, "4480" + suffix()))
          .startsWith("SIP/2.0 503")
          .contains("X-DIDTron-Reason: credit control unavailable");
    } finally {
      authorise.start();
    }
    assertThat(authorise.port()).isEqualTo(before);
    assertThat(SwitchCalls.invite("127.0.0.36", "127.0.0.1", SIP_PORT, "4480" + suffix()))
        .as("admitted again once it answers")
        .startsWith("SIP/2.0 486");
  }

  @Test
  void aSwitchWithoutTheSharedSecretHasEveryCallRefused() throws Exception {
    operator.customer("127.0.0.37", "POSTPAID", "100", DECK);
    KamailioSwitch stranger =
        new KamailioSwitch(
            Files.createTempDirectory("didtron-cc-stranger-"), authorise.port(), "guessed");
    int sip = SwitchCalls.freeUdpPort();
    SwitchEndpoints endpoints =
        stranger.start(
            databaseLogins.owner(),
            new SwitchEndpoints("127.0.0.1", sip, SwitchCalls.freeTcpPort()));
    try {
      String reply = SwitchCalls.invite("127.0.0.37", "127.0.0.1", sip, "4480" + suffix());
      assertThat(reply)
          .as(
              "the same tables, a switch without the secret; its acct table: %s",
              new KamailioRpc(endpoints.rpcUrl()).call("htable.dump", "acct"))
          .startsWith("SIP/2.0 403")
          .contains("X-DIDTron-Reason: missing or wrong key");
    } finally {
      stranger.stop();
    }
    assertThat(SwitchCalls.invite("127.0.0.37", "127.0.0.1", SIP_PORT, "4480" + suffix()))
        .as("the platform's own switch, with the secret, is answered")
        .startsWith("SIP/2.0 486");
  }

  private static List<String> switchAt(String number) {
    return List.of("-s", number, "127.0.0.1:" + SIP_PORT);
  }

  /** INVITEs from {@code ip} until the reply starts with {@code expected} or the time is up. */
  private String firstReplyWithin(Duration bound, String ip, String expected) {
    long deadline = System.nanoTime() + bound.toNanos();
    String reply;
    do {
      reply = SwitchCalls.invite(ip, "127.0.0.1", SIP_PORT, "4480" + suffix());
    } while (!reply.startsWith(expected) && System.nanoTime() < deadline);
    return reply;
  }

  /** The talk time in the switch's own CDR (acc_cdrs), or null before it is written. */
  private BigDecimal switchDuration(String number) {
    return db.select(field(name("duration"), BigDecimal.class))
        .from(table(name("kamailio", "acc_cdrs")))
        .where(field(name("dst_user")).eq(number))
        .fetchOptional(0, BigDecimal.class)
        .orElse(null);
  }

  private static String suffix() {
    return String.valueOf(System.nanoTime() % 1_000_000);
  }
}

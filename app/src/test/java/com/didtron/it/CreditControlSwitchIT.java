package com.didtron.it;

import static com.didtron.it.SwitchCalls.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.creditcontrol.AuthoriseServer;
import com.didtron.activities.creditcontrol.CreditControl;
import com.didtron.activities.switchsync.ActiveCall;
import com.didtron.activities.switchsync.CarrierGateway;
import com.didtron.activities.switchsync.CustomerAddress;
import com.didtron.activities.switchsync.RouteRule;
import com.didtron.activities.switchsync.kamailio.KamailioRpc;
import com.didtron.activities.switchsync.kamailio.KamailioSwitchTarget;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.LedgerFixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.app.kamailio.KamailioSwitch;
import com.didtron.app.kamailio.SwitchEndpoints;
import com.didtron.app.platform.DatabaseLogins;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.account.BillingMode;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.rating.credit.CallRate;
import com.didtron.rating.deck.ImportMode;
import com.didtron.rating.engine.Billing;
import com.didtron.sip.sipp.SippPeer;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
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

/**
 * Real-time credit control end to end: the local Kamailio asks the platform's credit control on
 * every new call; SIPp customers (each from its own loopback address) call SIPp carriers. Money,
 * limits and suspension come from DIDTron's ledger and API, never from the switch's tables.
 */
class CreditControlSwitchIT extends PlatformIT {
  private static final int SIP_PORT = SwitchCalls.freeUdpPort();
  private static final int RPC_PORT = SwitchCalls.freeTcpPort();

  /** 0.60 per minute, billed per second: 0.30 buys exactly 30 seconds. */
  private static final String DECK = RatingFixtures.HEADER + "44,UK,0.60,0,1,1,2020-01-01,\n";

  /** 0.001 per minute: a 6-hour call reserves 0.36, so many calls fit a 100 USD credit limit. */
  private static final String CHEAP = RatingFixtures.HEADER + "44,UK,0.001,0,1,1,2020-01-01,\n";

  private static KamailioSwitch kamailio;
  private static SippPeer answering;
  private static SippPeer unavailable;
  private static KamailioSwitchTarget target;
  private static String gwUp;
  private static String gwDown;
  private static String apiKey;

  @LocalServerPort int port;
  @Autowired DSLContext db;
  @Autowired DatabaseLogins databaseLogins;
  @Autowired Fixtures fixtures;
  @Autowired RatingFixtures rating;
  @Autowired LedgerFixtures ledger;
  @Autowired AuthoriseServer authorise;
  @Autowired CreditControl credit;
  @Autowired ApiKeyService keys;

  @BeforeEach
  void switchUnderCreditControlWithTwoCarriers() {
    if (kamailio != null) {
      return;
    }
    kamailio = new KamailioSwitch(DATA_DIR, authorise.port());
    SwitchEndpoints endpoints =
        kamailio.start(
            databaseLogins.owner(), new SwitchEndpoints("127.0.0.1", SIP_PORT, RPC_PORT));
    target = new KamailioSwitchTarget(db, new KamailioRpc(endpoints.rpcUrl()));
    answering =
        SippPeer.scenario("kamailio-carrier.xml").set("ring_ms", 0).set("answer_ms", 0).start();
    unavailable = SippPeer.scenario("uas-unavailable.xml").start();
    gwUp = Fixtures.unique("cc-up");
    gwDown = Fixtures.unique("cc-down");
    target.putGateways(
        List.of(
            new CarrierGateway(gwUp, "127.0.0.1:" + answering.port(), 0, "", "answering"),
            new CarrierGateway(gwDown, "127.0.0.1:" + unavailable.port(), 0, "", "503 carrier")));
    apiKey = keys.create(admin(), "credit-control").secret();
  }

  @AfterAll
  static void stopSwitchAndCarriers() {
    if (kamailio != null) {
      kamailio.stop();
    }
    for (SippPeer peer : new SippPeer[] {answering, unavailable}) {
      if (peer != null) {
        peer.close();
      }
    }
  }

  @Test
  void aPrepaidCustomerWithFundsForThirtySecondsIsCutByTheSwitchAtThirtySeconds() throws Exception {
    Account customer = prepaid("127.0.0.3", "0.30", gwUp);
    String number = "4470" + suffix();
    Process call = sipp("127.0.0.3", "kamailio-customer-cut.xml", number, null);
    assertThat(call.waitFor(100, TimeUnit.SECONDS)).isTrue();
    assertThat(call.exitValue()).as("sipp's exit code (0: the switch sent BYE)").isZero();

    Record cdr = eventually("the call's CDR", () -> cdr(number));
    double duration = cdr.get("duration", Double.class);
    assertThat(duration).as("talk time until the switch's BYE").isBetween(28.0, 32.0);
    // Rated as the CDR pipeline rates it (pulling acc_cdrs into the ledger is a separate change):
    // whole seconds rounded up, per-second billing at 0.60/min. The switch got one second under
    // the paid 30 and its dialog timer ticks once a second, so the call lasts 28.x-29.x s and is
    // billed 29 or 30 s: never more than the 0.30 the customer had.
    long billable =
        Billing.billableSeconds(Billing.ceilSeconds(BigDecimal.valueOf(duration)), 1, 1);
    BigDecimal charge =
        new CallRate(new BigDecimal("0.60"), BigDecimal.ZERO, 1, 1).costOf(billable);
    assertThat(billable).isBetween(29L, 30L);
    assertThat(charge).isLessThanOrEqualTo(new BigDecimal("0.30"));
    CreditControl.Reserved held =
        eventually(
            "the switch reporting the call's end",
            () ->
                credit.reserved(customer.id()).filter(r -> r.callsInProgress() == 0).orElse(null));
    assertThat(held.amount())
        .as("after the end the hold is the real cost until the CDR is charged")
        .isPositive()
        .isLessThanOrEqualTo(new BigDecimal("0.30"));
  }

  @Test
  void twoParallelCallsOfAPrepaidCustomerNeverTogetherExceedItsFunds() throws Exception {
    Account customer = prepaid("127.0.0.4", "0.30", gwUp);
    String number = "4471" + suffix();
    Process first = sipp("127.0.0.4", "kamailio-customer.xml", number, 120_000L);
    try {
      ActiveCall active = answered(number);
      String second = SwitchCalls.invite("127.0.0.4", "127.0.0.1", SIP_PORT, "4472" + suffix());
      assertThat(second).startsWith("SIP/2.0 402").contains("X-DIDTron-Reason: insufficient funds");
      assertThat(credit.reserved(customer.id()).orElseThrow().amount())
          .isLessThanOrEqualTo(new BigDecimal("0.30"));
      assertThat(target.hangUp(active.id())).isTrue();
    } finally {
      first.destroy();
    }
  }

  @Test
  void aChannelLimitOfTwoRefusesTheThirdConcurrentCall() throws Exception {
    Account customer = postpaid("127.0.0.5", gwUp, CHEAP);
    HttpResponse<String> limits =
        api("PUT", "/api/accounts/" + customer.id() + "/limits", "{\"maxChannels\":2}");
    assertThat(limits.statusCode()).as(limits.body()).isEqualTo(200);
    List<Process> calls = new ArrayList<>();
    List<ActiveCall> active = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        String number = "447" + (3 + i) + suffix();
        calls.add(sipp("127.0.0.5", "kamailio-customer.xml", number, 120_000L));
        active.add(answered(number));
      }
      String third = SwitchCalls.invite("127.0.0.5", "127.0.0.1", SIP_PORT, "4475" + suffix());
      assertThat(third)
          .startsWith("SIP/2.0 403")
          .contains("X-DIDTron-Reason: channel limit 2 reached");
    } finally {
      active.forEach(a -> target.hangUp(a.id()));
      calls.forEach(Process::destroy);
    }
  }

  @Test
  void suspendingTheAccountThroughTheApiRefusesItsNextCallWithinASecond() {
    Account customer = postpaid("127.0.0.6", gwDown, DECK);
    assertThat(SwitchCalls.invite("127.0.0.6", "127.0.0.1", SIP_PORT, "4476" + suffix()))
        .as("admitted: the call reaches the unavailable carrier (its 503 is relayed as 500)")
        .startsWith("SIP/2.0 500");

    HttpResponse<String> suspended =
        api("POST", "/api/accounts/" + customer.id() + "/suspend", "{\"reason\":\"fraud check\"}");
    assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
    String reply = firstReplyWithin(Duration.ofSeconds(1), "127.0.0.6", "SIP/2.0 403");
    assertThat(reply).startsWith("SIP/2.0 403").contains("X-DIDTron-Reason: account suspended");
  }

  @Test
  void aTopUpMakesARefusedPrepaidCustomerCallableAgain() {
    Account customer = prepaid("127.0.0.7", null, gwDown);
    assertThat(SwitchCalls.invite("127.0.0.7", "127.0.0.1", SIP_PORT, "4477" + suffix()))
        .startsWith("SIP/2.0 402")
        .contains("X-DIDTron-Reason: insufficient funds");

    HttpResponse<String> topUp =
        api(
            "POST",
            "/api/top-ups",
            "{\"accountId\":\"%s\",\"amount\":\"5.00\",\"currency\":\"USD\",\"reason\":\"wire\"}"
                .formatted(customer.id()));
    assertThat(topUp.statusCode()).as(topUp.body()).isEqualTo(201);
    assertThat(firstReplyWithin(Duration.ofSeconds(1), "127.0.0.7", "SIP/2.0 500"))
        .as("admitted again: the call reaches the unavailable carrier (503 relayed as 500)")
        .startsWith("SIP/2.0 500");
  }

  @Test
  void whileCreditControlDoesNotAnswerTheSwitchRefusesCallsWith503() {
    postpaid("127.0.0.8", gwDown, DECK);
    int port = authorise.port();
    authorise.stop();
    try {
      assertThat(SwitchCalls.invite("127.0.0.8", "127.0.0.1", SIP_PORT, "4479" + suffix()))
          .startsWith("SIP/2.0 503")
          .contains("X-DIDTron-Reason: credit control unavailable");
    } finally {
      authorise.start();
    }
    assertThat(authorise.port()).isEqualTo(port);
    assertThat(SwitchCalls.invite("127.0.0.8", "127.0.0.1", SIP_PORT, "4479" + suffix()))
        .as("admitted again once it answers: the unavailable carrier's 503 is relayed as 500")
        .startsWith("SIP/2.0 500");
  }

  /** A prepaid customer calling from {@code ip}, 44 routed to {@code gateway}, with funds. */
  private Account prepaid(String ip, String funds, String gateway) {
    Account a = ledger.account(AccountKind.CUSTOMER, BillingMode.PREPAID, "USD", "0", null);
    onSwitch(a, ip, gateway, DECK);
    if (funds != null) {
      ledger.topUp(a, funds);
    }
    return a;
  }

  /** A postpaid customer (credit 100 USD) calling from {@code ip}, 44 routed to {@code gateway}. */
  private Account postpaid(String ip, String gateway, String deck) {
    Account a = fixtures.account(admin(), Fixtures.unique("cc-postpaid"));
    onSwitch(a, ip, gateway, deck);
    return a;
  }

  private void onSwitch(Account a, String ip, String gateway, String deck) {
    rating.activate(admin(), rating.card(admin(), a, DeckSide.SELL), ImportMode.REPLACE, deck);
    target.replaceCustomerAddresses(a.id(), List.of(CustomerAddress.host(ip, "trunk-" + ip)));
    target.replaceRoutes(
        target.accountNumber(a.id()), List.of(new RouteRule("44", 0, List.of(gateway))));
  }

  /** INVITEs from {@code ip} until the reply starts with {@code expected} or the time is up. */
  private String firstReplyWithin(Duration bound, String ip, String expected) {
    long deadline = System.nanoTime() + bound.toNanos();
    String reply;
    do {
      reply = SwitchCalls.invite(ip, "127.0.0.1", SIP_PORT, "4478" + suffix());
    } while (!reply.startsWith(expected) && System.nanoTime() < deadline);
    return reply;
  }

  private ActiveCall answered(String number) {
    return eventually(
        "the answered call " + number,
        () ->
            target.callsInProgress().stream()
                .filter(c -> c.toUri().contains(number) && c.state() == 4)
                .findFirst()
                .orElse(null));
  }

  private HttpResponse<String> api(String method, String path, String json) {
    try {
      return new ApiClient(port).json(method, path, apiKey, json);
    } catch (Exception e) {
      throw new AssertionError(method + " " + path + ": " + e.getMessage(), e);
    }
  }

  private Record cdr(String number) {
    return db.selectFrom(table(name("kamailio", "acc_cdrs")))
        .where(field(name("dst_user")).eq(number))
        .fetchAny();
  }

  /** SIPp as a customer at {@code ip} placing one call with a scenario of sipp/. */
  private static Process sipp(String ip, String scenario, String number, Long talkMs)
      throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("didtron-cc-");
    java.nio.file.Path file = dir.resolve(scenario);
    try (var in = CreditControlSwitchIT.class.getResourceAsStream("/sipp/" + scenario)) {
      java.nio.file.Files.copy(in, file);
    }
    List<String> cmd = new ArrayList<>();
    cmd.addAll(
        List.of(
            SippPeer.executable(),
            "-sf",
            file.toString(),
            "-i",
            ip,
            "-p",
            String.valueOf(SwitchCalls.freeUdpPort()),
            "-mi",
            ip,
            "-mp",
            String.valueOf(SwitchCalls.freeUdpPort()),
            "-cp",
            String.valueOf(SwitchCalls.freeUdpPort()),
            "-s",
            number,
            "127.0.0.1:" + SIP_PORT,
            "-m",
            "1",
            "-nostdin",
            "-trace_err",
            "-timeout",
            "120s",
            "-timeout_error"));
    if (talkMs != null) {
      cmd.addAll(List.of("-set", "talk_ms", String.valueOf(talkMs)));
    }
    return new ProcessBuilder(cmd)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("sipp.out").toFile())
        .start();
  }

  private static String suffix() {
    return String.valueOf(System.nanoTime() % 1_000_000);
  }
}

package com.didtron.it;

import static com.didtron.it.SwitchCalls.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.didtron.activities.creditcontrol.AuthoriseServer;
import com.didtron.activities.switchsync.ActiveCall;
import com.didtron.activities.switchsync.CarrierGateway;
import com.didtron.activities.switchsync.CustomerAddress;
import com.didtron.activities.switchsync.RouteRule;
import com.didtron.activities.switchsync.kamailio.KamailioRpc;
import com.didtron.activities.switchsync.kamailio.KamailioSwitchTarget;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.app.cli.Didtron;
import com.didtron.app.kamailio.KamailioSwitch;
import com.didtron.app.kamailio.SwitchEndpoints;
import com.didtron.app.platform.DatabaseLogins;
import com.didtron.app.platform.StartupProblem;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountId;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.rating.deck.ImportMode;
import com.didtron.sip.sipp.SippPeer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The local Kamailio as DIDTron's Class 4 switch, with real SIP on loopback: started the way {@code
 * didtron switch start} starts it (against the test platform's database), configured through the
 * {@link KamailioSwitchTarget} adapter, SIPp as the customer and as two carriers.
 */
class KamailioSwitchIT extends PlatformIT {
  private static final int SIP_PORT = SwitchCalls.freeUdpPort();
  private static final int RPC_PORT = SwitchCalls.freeTcpPort();
  private static KamailioSwitch kamailio;
  private static SippPeer unavailable;
  private static SippPeer answering;
  private static KamailioSwitchTarget target;
  private static AccountId customer;
  private static AccountId blocked;
  private static String gwDown;
  private static String gwUp;

  @Autowired DSLContext db;
  @Autowired DatabaseLogins databaseLogins;
  @Autowired Fixtures fixtures;
  @Autowired RatingFixtures rating;
  @Autowired AuthoriseServer authorise;

  @BeforeEach
  void switchWithTwoCarriersAndTwoCustomers() {
    if (kamailio != null) {
      return;
    }
    kamailio = new KamailioSwitch(DATA_DIR, authorise.port());
    SwitchEndpoints endpoints =
        kamailio.start(
            databaseLogins.owner(), new SwitchEndpoints("127.0.0.1", SIP_PORT, RPC_PORT));
    target = new KamailioSwitchTarget(db, new KamailioRpc(endpoints.rpcUrl()));
    unavailable = SippPeer.scenario("uas-unavailable.xml").start();
    answering =
        SippPeer.scenario("kamailio-carrier.xml").set("ring_ms", 0).set("answer_ms", 0).start();
    gwDown = Fixtures.unique("gw-down");
    gwUp = Fixtures.unique("gw-up");
    target.putGateways(
        List.of(
            new CarrierGateway(gwDown, "127.0.0.1:" + unavailable.port(), 0, "", "503 carrier"),
            new CarrierGateway(gwUp, "127.0.0.1:" + answering.port(), 0, "", "answering carrier")));
    // a postpaid customer (credit 100 USD) with sell rates to 44 and 33: credit control admits it
    Account customerAccount = fixtures.account(admin(), Fixtures.unique("switch-customer"));
    rating.activate(
        admin(),
        rating.card(admin(), customerAccount, DeckSide.SELL),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,0.01,0,1,1,2020-01-01,\n33,FR,0.01,0,1,1,2020-01-01,\n");
    customer = customerAccount.id();
    target.replaceCustomerAddresses(
        customer, List.of(CustomerAddress.host("127.0.0.1", "trunk-local")));
    target.replaceRoutes(
        target.accountNumber(customer),
        List.of(
            new RouteRule("44", 0, List.of(gwUp)), new RouteRule("33", 0, List.of(gwDown, gwUp))));
    blocked = fixtures.account(admin(), Fixtures.unique("switch-blocked")).id();
    target.replaceCustomerAddresses(
        blocked, List.of(CustomerAddress.host("127.0.0.2", "trunk-blocked")));
    target.replaceRoutes(
        target.accountNumber(blocked), List.of(new RouteRule("44", 0, List.of(gwUp))));
    target.setBlocked(blocked, "account suspended: overdue invoice");
  }

  @AfterAll
  static void stopSwitchAndCarriers() {
    if (kamailio != null) {
      kamailio.stop();
    }
    for (SippPeer peer : new SippPeer[] {unavailable, answering}) {
      if (peer != null) {
        peer.close();
      }
    }
  }

  @Test
  void anAnsweredCallLeavesACdrWithItsCallIdAccountTrunkAndCarrier() throws Exception {
    String number = "4420" + suffix();
    Process call = SwitchCalls.sippCall("127.0.0.1:" + SIP_PORT, number, 300);
    assertThat(call.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(call.exitValue())
        .as("sipp's exit code (0 = the call was answered and hung up)")
        .isZero();

    Record cdr = eventually("the call's CDR", () -> cdr(number));
    assertThat(cdr.get("callid", String.class)).isNotBlank();
    assertThat(cdr.get("account_id", String.class)).isEqualTo(customer.toString());
    assertThat(cdr.get("trunk_id", String.class)).isEqualTo("trunk-local");
    assertThat(cdr.get("gw_id", String.class)).isEqualTo(gwUp);
    assertThat(
            db.fetchCount(
                table(name("kamailio", "acc")),
                field(name("callid"))
                    .eq(cdr.get("callid", String.class))
                    .and(field(name("method")).eq("INVITE"))
                    .and(field(name("sip_code")).eq("200"))
                    .and(field(name("account_id")).eq(customer.toString()))))
        .isEqualTo(1);
  }

  @Test
  void a503FromTheFirstCarrierFailsOverToTheSecond() throws Exception {
    String number = "3320" + suffix();
    Process call = SwitchCalls.sippCall("127.0.0.1:" + SIP_PORT, number, 300);
    assertThat(call.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(call.exitValue()).isZero();

    Record cdr = eventually("the call's CDR", () -> cdr(number));
    assertThat(cdr.get("gw_id", String.class)).isEqualTo(gwUp);
    Record missed =
        eventually(
            "the failed attempt",
            () ->
                db.selectFrom(table(name("kamailio", "missed_calls")))
                    .where(field(name("dst_user")).eq(number))
                    .fetchAny());
    assertThat(missed.get("sip_code", String.class)).isEqualTo("503");
    assertThat(missed.get("gw_id", String.class)).isEqualTo(gwDown);
  }

  @Test
  void aNumberWithoutARouteIsRefusedWith404() {
    String reply = SwitchCalls.invite("127.0.0.1", "127.0.0.1", SIP_PORT, "9990" + suffix());
    assertThat(reply).startsWith("SIP/2.0 404");
  }

  @Test
  void aCallFromAnUnknownSourceAddressIsRefusedWith403() {
    String reply = SwitchCalls.invite("127.0.0.9", "127.0.0.1", SIP_PORT, "4420" + suffix());
    assertThat(reply)
        .startsWith("SIP/2.0 403")
        .contains("X-DIDTron-Reason: unknown source address");
  }

  @Test
  void aBlockedAccountIsRefusedWith403AndItsReasonUntilUnblocked() {
    String reply = SwitchCalls.invite("127.0.0.2", "127.0.0.1", SIP_PORT, "4420" + suffix());
    assertThat(reply)
        .startsWith("SIP/2.0 403 Account Blocked")
        .contains("X-DIDTron-Reason: account suspended: overdue invoice");

    target.setBlocked(blocked, null);
    try {
      String after = SwitchCalls.invite("127.0.0.2", "127.0.0.1", SIP_PORT, "9990" + suffix());
      assertThat(after)
          .as("unblocked, the call reaches routing (no route for this number)")
          .startsWith("SIP/2.0 404");
    } finally {
      target.setBlocked(blocked, "account suspended: overdue invoice");
    }
  }

  @Test
  void aCallInProgressIsListedAndCanBeHungUp() throws Exception {
    String number = "4421" + suffix();
    Process call = SwitchCalls.sippCall("127.0.0.1:" + SIP_PORT, number, 120_000);
    try {
      ActiveCall active =
          eventually(
              "the call in dlg.list",
              () ->
                  target.callsInProgress().stream()
                      .filter(c -> c.toUri().contains(number) && c.state() == 4)
                      .findFirst()
                      .orElse(null));
      assertThat(active.account()).isEqualTo(customer.toString());
      assertThat(active.gateway()).isEqualTo(gwUp);

      assertThat(target.hangUp(active.id())).isTrue();
      eventually(
          "the call gone from dlg.list",
          () ->
              target.callsInProgress().stream()
                      .noneMatch(c -> c.id().equals(active.id()) && c.state() < 5)
                  ? Boolean.TRUE
                  : null);
      Record cdr = eventually("the hung-up call's CDR", () -> cdr(number));
      assertThat(cdr.get("account_id", String.class)).isEqualTo(customer.toString());
      assertThat(target.hangUp(active.id())).as("a call that no longer runs").isFalse();
    } finally {
      call.destroy();
    }
  }

  @Test
  void switchStatusShowsTheRunningSwitchAndItsPorts() {
    StringWriter out = new StringWriter();
    var cli = Didtron.commandLine();
    cli.setOut(new PrintWriter(out, true));
    int exit = cli.execute("switch", "status", "--data-dir", DATA_DIR.toString());
    assertThat(exit).isZero();
    assertThat(out.toString())
        .startsWith("running pid=")
        .contains("sip=127.0.0.1:" + SIP_PORT)
        .contains("rpc=http://127.0.0.1:" + RPC_PORT + "/RPC");
  }

  @Test
  void aSecondSwitchOnATakenSipPortIsRefusedWithAOneLineReason() throws Exception {
    KamailioSwitch second = new KamailioSwitch(Files.createTempDirectory("didtron-switch-"));
    assertThatThrownBy(
            () ->
                second.start(
                    databaseLogins.owner(),
                    new SwitchEndpoints("127.0.0.1", SIP_PORT, SwitchCalls.freeTcpPort())))
        .isInstanceOf(StartupProblem.class)
        .hasMessage(
            "SIP port 127.0.0.1:"
                + SIP_PORT
                + "/udp is already in use (choose another with --sip-port)");
    assertThatThrownBy(
            () ->
                kamailio.start(
                    databaseLogins.owner(),
                    new SwitchEndpoints(
                        "127.0.0.1", SwitchCalls.freeUdpPort(), SwitchCalls.freeTcpPort())))
        .isInstanceOf(StartupProblem.class)
        .hasMessageContaining("already runs");
  }

  private Record cdr(String number) {
    return db.selectFrom(table(name("kamailio", "acc_cdrs")))
        .where(field(name("dst_user")).eq(number))
        .fetchAny();
  }

  private static String suffix() {
    return String.valueOf(System.nanoTime() % 1_000_000);
  }
}

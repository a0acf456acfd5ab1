package com.didtron.it;

import static com.didtron.activities.db.Tables.CDR;
import static com.didtron.it.SwitchCalls.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.balance.CustomerBalances;
import com.didtron.activities.creditcontrol.AuthoriseServer;
import com.didtron.activities.testing.FakeSwitchRpc;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.app.kamailio.KamailioSwitch;
import com.didtron.app.kamailio.SwitchEndpoints;
import com.didtron.app.platform.DatabaseLogins;
import com.didtron.domain.account.Account;
import com.didtron.rating.engine.RatingStatus;
import com.didtron.sip.sipp.SippPeer;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real calls through the local Kamailio end to end: a customer with a sell deck and a carrier with
 * a buy deck, their trunks and the customer's routing plan added over the REST API as an operator's
 * script adds them and carried to the switch by the switch sync alone (the platform's switch RPC
 * forwarded to this class's Kamailio, waited for with {@code GET /api/switch/status}); SIPp as the
 * customer (from 127.0.0.4) and as the carrier. The CDR pull workflow (asked to pull now over the
 * API) brings the switch's CDR into the pipeline: rated on both legs, the customer charged exactly
 * the rated amount; a refused call costs nothing.
 */
class SwitchCdrsEndToEndIT extends PlatformIT {
  private static final String CUSTOMER_IP = "127.0.0.4";
  private static final int SIP_PORT = SwitchCalls.freeUdpPort();
  private static final int RPC_PORT = SwitchCalls.freeTcpPort();
  private static KamailioSwitch kamailio;
  private static FakeSwitchRpc rpc;
  private static SippPeer carrierPeer;
  private static RatingFixtures.Pair pair;

  @LocalServerPort int port;
  @Autowired AuthoriseServer authorise;
  @Autowired DSLContext db;
  @Autowired DatabaseLogins databaseLogins;
  @Autowired RatingFixtures rating;
  @Autowired ApiKeyService keys;
  @Autowired CustomerBalances balances;

  @BeforeEach
  void switchWithACustomerAndACarrierAddedOverTheApi() throws Exception {
    if (kamailio != null) {
      return;
    }
    kamailio =
        new KamailioSwitch(
            Files.createTempDirectory("didtron-e2e-switch-"), authorise.port(), authorise.token());
    SwitchEndpoints endpoints =
        kamailio.start(
            databaseLogins.owner(), new SwitchEndpoints("127.0.0.1", SIP_PORT, RPC_PORT));
    // the platform's switch RPC reaches this Kamailio until the class ends (down otherwise)
    rpc = FakeSwitchRpc.forwardingTo(endpoints.rpcUrl());
    carrierPeer =
        SippPeer.scenario("kamailio-carrier.xml").set("ring_ms", 0).set("answer_ms", 0).start();
    pair =
        rating.pair(
            admin(), "44,UK,0.0200,0,60,6,2026-01-01,\n", "44,UK,0.0100,0.0010,60,6,2026-01-01,\n");
    String key = adminKey();
    String ingress =
        addTrunk(
            key,
            pair.customer(),
            """
            {"name":"PBX","direction":"INGRESS","address":"%s","transport":"UDP","techPrefix":"",
             "strip":0,"prepend":"","maxChannels":10,"maxCps":5,"tier":"STANDARD"}"""
                .formatted(CUSTOMER_IP));
    String egress =
        addTrunk(
            key,
            pair.carrier(),
            """
            {"name":"Termination","direction":"EGRESS","address":"127.0.0.1:%d","transport":"UDP",
             "techPrefix":"","strip":0,"prepend":"","maxChannels":10,"maxCps":5}"""
                .formatted(carrierPeer.port()));
    awaitInSync(key, "TRUNK", ingress);
    awaitInSync(key, "TRUNK", egress);
    HttpResponse<String> plan =
        new ApiClient(port)
            .json("POST", "/api/routing/plan/versions?account=" + pair.customer().id(), key, null);
    assertThat(plan.statusCode()).as(plan.body()).isBetween(200, 201);
    awaitInSync(key, "ROUTES", pair.customer().id().toString());
  }

  /** Polls {@code GET /api/switch/status} until the object is in sync on Kamailio. */
  private void awaitInSync(String key, String type, String id) {
    String object = "\"objectType\":\"%s\",\"objectId\":\"%s\"".formatted(type, id);
    eventually(
        type + " " + id + " in sync on the switch",
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

  @AfterAll
  static void stopSwitchAndCarrier() {
    if (rpc != null) {
      rpc.close();
    }
    if (kamailio != null) {
      kamailio.stop();
    }
    if (carrierPeer != null) {
      carrierPeer.close();
    }
  }

  @Test
  void anAnsweredCallIsPulledRatedOnBothLegsAndChargesTheCustomerExactlyItsRatedAmount()
      throws Exception {
    BigDecimal before = funds();
    String number = "4420" + suffix();
    Process call = SwitchCalls.sippCall(CUSTOMER_IP, "127.0.0.1:" + SIP_PORT, number, 1500);
    assertThat(call.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(call.exitValue()).as("sipp's exit code (0 = answered and hung up)").isZero();

    assertThat(pullNow().statusCode()).isEqualTo(202);
    Record cdr =
        eventually(
            "the call's CDR rated in DIDTron",
            () ->
                db.selectFrom(CDR)
                    .where(CDR.SOURCE.eq("kamailio"))
                    .and(CDR.CALLEE.eq(number))
                    .fetchOne());

    assertThat(cdr.get(CDR.STATUS)).isEqualTo(RatingStatus.RATED);
    assertThat(cdr.get(CDR.ACCOUNT_ID)).isEqualTo(pair.customer().id().value());
    assertThat(cdr.get(CDR.CARRIER_ID)).isEqualTo(pair.carrier().id().value());
    assertThat(cdr.get(CDR.DURATION)).isPositive();
    // under a minute of talk: the first 60 s increment on both legs
    assertThat(cdr.get(CDR.CUSTOMER_COST)).isEqualByComparingTo("0.02");
    assertThat(cdr.get(CDR.CARRIER_COST)).isEqualByComparingTo("0.011");
    assertThat(before.subtract(funds())).isEqualByComparingTo(cdr.get(CDR.CUSTOMER_COST));
  }

  @Test
  void aNumberWithoutARouteIsRefusedWith404AndCostsNothing() throws Exception {
    BigDecimal before = funds();
    String number = "9990" + suffix();

    String reply = SwitchCalls.invite(CUSTOMER_IP, "127.0.0.1", SIP_PORT, number);
    Instant refused = Instant.now();
    assertThat(reply).startsWith("SIP/2.0 404");

    assertThat(pullNow().statusCode()).isEqualTo(202);
    eventually("a pull after the refusal", () -> pulledSince(refused) ? Boolean.TRUE : null);
    assertThat(db.fetchCount(CDR, CDR.CALLEE.eq(number))).isZero();
    assertThat(funds()).isEqualByComparingTo(before);
  }

  private String addTrunk(String key, Account account, String json) throws Exception {
    HttpResponse<String> created =
        new ApiClient(port).json("POST", "/api/accounts/" + account.id() + "/trunks", key, json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return created.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
  }

  private HttpResponse<String> pullNow() throws Exception {
    return new ApiClient(port).json("POST", "/api/switch/cdrs/pull", adminKey(), null);
  }

  /** Whether {@code GET /api/switch/cdrs} shows a pull of the switch finished after {@code t}. */
  private boolean pulledSince(Instant t) {
    try {
      String body = new ApiClient(port).json("GET", "/api/switch/cdrs", adminKey(), null).body();
      String at = body.replaceAll("(?s).*\"lastPullAt\":\"([^\"]+)\".*", "$1");
      return at.startsWith("20") && Instant.parse(at).isAfter(t);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private String adminKey() {
    return keys.create(admin(), Fixtures.unique("e2e")).secret();
  }

  private BigDecimal funds() {
    return balances.current(pair.customer().tenantId(), pair.customer().id()).funds().amount();
  }

  private static String suffix() {
    return String.valueOf(System.nanoTime() % 1_000_000);
  }
}

package com.didtron.it;

import static com.didtron.activities.db.Tables.CDR;
import static com.didtron.it.SwitchCalls.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.didtron.activities.apikey.ApiKeyService;
import com.didtron.activities.creditcontrol.AuthoriseServer;
import com.didtron.activities.testing.Fixtures;
import com.didtron.activities.testing.RatingFixtures;
import com.didtron.app.kamailio.KamailioSwitch;
import com.didtron.app.kamailio.SwitchEndpoints;
import com.didtron.app.platform.DatabaseLogins;
import com.didtron.domain.account.Account;
import com.didtron.domain.account.AccountKind;
import com.didtron.domain.ratedeck.DeckSide;
import com.didtron.rating.deck.ImportMode;
import com.didtron.rating.engine.RatingStatus;
import com.didtron.sip.sipp.SippPeer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real Kamailio does what the customer's ingress trunks say, set up over the REST API and
 * carried by the switch sync alone: a Standard /24 that requires tech prefix {@code 99*} (strip 1,
 * prepend 44) and a Premium /32 inside it without one; a cheap Standard carrier and a dearer
 * carrier that the Premium tier admits (its SIP tester measurements are good); a trunk with
 * credentials only and one with an address and credentials. What each carrier's SIPp receives is
 * read from its message log; the pulled CDRs are rated on the translated number.
 */
class SwitchTrunksEndToEndIT extends PlatformIT {
  private static final String OFFICE_IP = "127.0.5.4";
  private static final String PREMIUM_IP = "127.0.5.7";

  /** No trunk's source block: a customer calling from here must authenticate. */
  private static final String ROAMING_IP = "127.0.6.9";

  private static final String DIGEST_USER = "pbx-" + UUID.randomUUID().toString().substring(0, 8);
  private static final String DIGEST_PASSWORD = "s3cret-" + UUID.randomUUID();

  /** A trunk with an address and credentials: both must hold. */
  private static final String GATEWAY_IP = "127.0.7.3";

  private static final String GATEWAY_USER = "gw-" + UUID.randomUUID().toString().substring(0, 8);
  private static final String GATEWAY_PASSWORD = "s3cret-" + UUID.randomUUID();
  private static final int SIP_PORT = SwitchCalls.freeUdpPort();
  private static final int RPC_PORT = SwitchCalls.freeTcpPort();
  private static KamailioSwitch kamailio;
  private static com.didtron.activities.testing.FakeSwitchRpc rpc;
  private static SippPeer standardPeer;
  private static SippPeer premiumPeer;
  private static Path standardLog;
  private static Path premiumLog;
  private static RatingFixtures.Pair pair;
  private static Account premiumCarrier;

  @LocalServerPort int port;
  @Autowired AuthoriseServer authorise;
  @Autowired DSLContext db;
  @Autowired DatabaseLogins databaseLogins;
  @Autowired RatingFixtures rating;
  @Autowired ApiKeyService keys;

  @BeforeEach
  void switchWithTrunksAddedOverTheApi() throws Exception {
    if (kamailio != null) {
      return;
    }
    kamailio =
        new KamailioSwitch(
            Files.createTempDirectory("didtron-trunks-switch-"),
            authorise.port(),
            authorise.token());
    SwitchEndpoints endpoints =
        kamailio.start(
            databaseLogins.owner(), new SwitchEndpoints("127.0.0.1", SIP_PORT, RPC_PORT));
    rpc = com.didtron.activities.testing.FakeSwitchRpc.forwardingTo(endpoints.rpcUrl());
    standardLog = Files.createTempFile("didtron-standard-carrier-", ".log");
    premiumLog = Files.createTempFile("didtron-premium-carrier-", ".log");
    standardPeer = carrier(standardLog);
    premiumPeer = carrier(premiumLog);
    pair =
        rating.pair(
            admin(), "44,UK,0.0200,0,60,6,2026-01-01,\n", "44,UK,0.0100,0,60,6,2026-01-01,\n");
    premiumCarrier =
        rating.account(admin(), Fixtures.unique("Premium"), AccountKind.CARRIER, "USD");
    rating.activate(
        admin(),
        rating.card(admin(), premiumCarrier, DeckSide.BUY),
        ImportMode.REPLACE,
        RatingFixtures.HEADER + "44,UK,0.0150,0,60,6,2026-01-01,\n");
    measuredGood(premiumCarrier);

    String key = adminKey();
    String office =
        addTrunk(
            key,
            pair.customer(),
            """
            {"name":"Office","direction":"INGRESS","address":"127.0.5.0/24","transport":"UDP",
             "techPrefix":"99*","strip":1,"prepend":"44","maxChannels":10,"maxCps":5,
             "tier":"STANDARD"}""");
    String premium =
        addTrunk(
            key,
            pair.customer(),
            """
            {"name":"Premium desk","direction":"INGRESS","address":"%s","transport":"UDP",
             "techPrefix":"","strip":0,"prepend":"","maxChannels":10,"maxCps":5,
             "tier":"PREMIUM"}"""
                .formatted(PREMIUM_IP));
    String roaming =
        addTrunk(
            key,
            pair.customer(),
            """
            {"name":"Softphone","direction":"INGRESS","transport":"UDP","techPrefix":"",
             "strip":0,"prepend":"","maxChannels":10,"maxCps":5,"tier":"STANDARD",
             "username":"%s","password":"%s"}"""
                .formatted(DIGEST_USER, DIGEST_PASSWORD));
    String gateway =
        addTrunk(
            key,
            pair.customer(),
            """
            {"name":"Gateway","direction":"INGRESS","address":"%s","transport":"UDP",
             "techPrefix":"","strip":0,"prepend":"","maxChannels":10,"maxCps":5,"tier":"STANDARD",
             "username":"%s","password":"%s"}"""
                .formatted(GATEWAY_IP, GATEWAY_USER, GATEWAY_PASSWORD));
    String standardGw = egress(key, pair.carrier(), standardPeer);
    String premiumGw = egress(key, premiumCarrier, premiumPeer);
    for (String trunk : new String[] {office, premium, roaming, gateway, standardGw, premiumGw}) {
      awaitInSync(key, "TRUNK", trunk);
    }
    HttpResponse<String> plan =
        new ApiClient(port)
            .json("POST", "/api/routing/plan/versions?account=" + pair.customer().id(), key, null);
    assertThat(plan.statusCode()).as(plan.body()).isBetween(200, 201);
    awaitInSync(key, "ROUTES", pair.customer().id().toString());
  }

  @AfterAll
  static void stopSwitchAndCarriers() {
    if (rpc != null) {
      rpc.close();
    }
    if (kamailio != null) {
      kamailio.stop();
    }
    if (standardPeer != null) {
      standardPeer.close();
    }
    if (premiumPeer != null) {
      premiumPeer.close();
    }
  }

  @Test
  void aTechPrefixedNumberReachesTheCarrierTranslatedAndIsRatedOnTheTranslatedNumber()
      throws Exception {
    String suffix = suffix();
    String translated = "4420" + suffix;

    answeredCall(OFFICE_IP, "99*020" + suffix);

    assertThat(
            eventually(
                "the Standard carrier's INVITE",
                () -> invite(standardLog, translated) ? "received" : null))
        .isEqualTo("received");
    assertThat(invite(premiumLog, translated)).isFalse();
    Record cdr = pulledCdr(translated);
    assertThat(cdr.get(CDR.STATUS)).isEqualTo(RatingStatus.RATED);
    assertThat(cdr.get(CDR.ACCOUNT_ID)).isEqualTo(pair.customer().id().value());
    assertThat(cdr.get(CDR.CARRIER_ID)).isEqualTo(pair.carrier().id().value());
    // under a minute at 0.02/min sell and 0.01/min buy: the first 60 s increment
    assertThat(cdr.get(CDR.CUSTOMER_COST)).isEqualByComparingTo("0.02");
    assertThat(cdr.get(CDR.CARRIER_COST)).isEqualByComparingTo("0.01");
  }

  @Test
  void aNumberWithoutTheTrunksTechPrefixIsRefusedWith404AndTheReason() {
    String reply = SwitchCalls.invite(OFFICE_IP, "127.0.0.1", SIP_PORT, "4420" + suffix());

    assertThat(reply).startsWith("SIP/2.0 404").contains("X-DIDTron-Reason: tech prefix required");
  }

  @Test
  void aPremiumSlash32InsideAStandardSlash24OfTheSameAccountRoutesToThePremiumCarrier()
      throws Exception {
    String number = "4420" + suffix();

    answeredCall(PREMIUM_IP, number);

    assertThat(
            eventually(
                "the Premium carrier's INVITE",
                () -> invite(premiumLog, number) ? "received" : null))
        .isEqualTo("received");
    assertThat(invite(standardLog, number))
        .as("the cheaper carrier is not admitted to the Premium tier")
        .isFalse();
    Record cdr = pulledCdr(number);
    assertThat(cdr.get(CDR.CARRIER_ID)).isEqualTo(premiumCarrier.id().value());
    assertThat(cdr.get(CDR.CARRIER_COST)).isEqualByComparingTo("0.015");
  }

  @Test
  void aDigestOnlyTrunkIsChallengedThenAdmittedFromAnySourceOnceAuthenticated() throws Exception {
    String number = "4420" + suffix();

    Process call = digestCall(ROAMING_IP, number, DIGEST_USER, DIGEST_PASSWORD);
    assertThat(call.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(call.exitValue()).as("sipp's exit code (0 = 407, answered, hung up)").isZero();

    Record cdr = pulledCdr(number);
    assertThat(cdr.get(CDR.ACCOUNT_ID)).isEqualTo(pair.customer().id().value());
    assertThat(cdr.get(CDR.STATUS)).isEqualTo(RatingStatus.RATED);
  }

  @Test
  void aWrongDigestPasswordIsRefusedWith403AndTheReasonAfterTheChallenge() throws Exception {
    assertThat(refusedAfterChallenge(ROAMING_IP, DIGEST_USER, "not-" + DIGEST_PASSWORD))
        .isEqualTo("wrong password");
  }

  @Test
  void aTrunkWithAnAddressAndCredentialsAdmitsItsAddressOnceAuthenticated() throws Exception {
    String number = "4420" + suffix();

    Process call = digestCall(GATEWAY_IP, number, GATEWAY_USER, GATEWAY_PASSWORD);
    assertThat(call.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(call.exitValue()).as("sipp's exit code (0 = 407, answered, hung up)").isZero();

    assertThat(pulledCdr(number).get(CDR.ACCOUNT_ID)).isEqualTo(pair.customer().id().value());
  }

  @Test
  void aTrunkWithAnAddressAndCredentialsRefusesThemFromAnotherSourceAndWrongOnesFromItsOwn()
      throws Exception {
    assertThat(refusedAfterChallenge(ROAMING_IP, GATEWAY_USER, GATEWAY_PASSWORD))
        .isEqualTo("unknown source address");
    assertThat(refusedAfterChallenge(GATEWAY_IP, GATEWAY_USER, "not-" + GATEWAY_PASSWORD))
        .isEqualTo("wrong password");
  }

  /**
   * A call from {@code from} with these credentials that must be challenged (407) and then refused
   * with 403: the refusal's {@code X-DIDTron-Reason}.
   */
  private static String refusedAfterChallenge(String from, String user, String password)
      throws Exception {
    Path log = Files.createTempFile("didtron-uac-refused-", ".log");
    Process call =
        sipp(
            "kamailio-customer-digest-refused.xml",
            from,
            "4420" + suffix(),
            "-au",
            user,
            "-ap",
            password,
            "-set",
            "user",
            user,
            "-trace_msg",
            "-message_file",
            log.toString());
    assertThat(call.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(call.exitValue())
        .as("sipp's exit code (0 = 407, then 403 with an X-DIDTron-Reason)")
        .isZero();
    String messages = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
    return messages.replaceAll("(?s).*SIP/2.0 403 .*?X-DIDTron-Reason: ([^\\r\\n]+).*", "$1");
  }

  private static Process digestCall(String from, String number, String user, String password)
      throws IOException {
    return sipp(
        "kamailio-customer-digest.xml",
        from,
        number,
        "-au",
        user,
        "-ap",
        password,
        "-set",
        "user",
        user,
        "-set",
        "talk_ms",
        "1000");
  }

  @Test
  void aSourceWithoutATrunkAndWithoutCredentialsIsStillRefusedAsUnknown() {
    assertThat(SwitchCalls.invite(ROAMING_IP, "127.0.0.1", SIP_PORT, "4420" + suffix()))
        .startsWith("SIP/2.0 403")
        .contains("X-DIDTron-Reason: unknown source address");
  }

  /** SIPp as the customer with one of the bundled scenarios, placing one call from {@code from}. */
  private static Process sipp(String scenario, String from, String number, String... args)
      throws IOException {
    Path dir = Files.createTempDirectory("didtron-uac-");
    Path file = dir.resolve(scenario);
    try (var in = SwitchTrunksEndToEndIT.class.getResourceAsStream("/sipp/" + scenario)) {
      Files.copy(in, file);
    }
    java.util.List<String> cmd =
        new java.util.ArrayList<>(
            java.util.List.of(
                SippPeer.executable(),
                "-sf",
                file.toString(),
                "-i",
                from,
                "-p",
                String.valueOf(SwitchCalls.freeUdpPort()),
                "-mi",
                from,
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
                "60s",
                "-timeout_error"));
    cmd.addAll(java.util.List.of(args));
    return new ProcessBuilder(cmd)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("sipp.out").toFile())
        .start();
  }

  private static void answeredCall(String from, String number) throws InterruptedException {
    Process call = SwitchCalls.sippCall(from, "127.0.0.1:" + SIP_PORT, number, 1000);
    assertThat(call.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(call.exitValue()).as("sipp's exit code (0 = answered and hung up)").isZero();
  }

  private Record pulledCdr(String callee) throws Exception {
    HttpResponse<String> pull =
        new ApiClient(port).json("POST", "/api/switch/cdrs/pull", adminKey(), null);
    assertThat(pull.statusCode()).isEqualTo(202);
    return eventually(
        "the CDR of " + callee + " rated",
        () ->
            db.selectFrom(CDR)
                .where(CDR.SOURCE.eq("kamailio"))
                .and(CDR.CALLEE.eq(callee))
                .fetchOne());
  }

  /** Whether the carrier's SIPp received an INVITE whose Request-URI user is {@code number}. */
  private static boolean invite(Path log, String number) {
    try {
      return Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1)
          .contains("INVITE sip:" + number + "@");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static SippPeer carrier(Path log) {
    return SippPeer.scenario("kamailio-carrier.xml")
        .set("ring_ms", 0)
        .set("answer_ms", 0)
        .args("-trace_msg", "-message_file", log.toString())
        .start();
  }

  /**
   * The SIP tester's measurements of a carrier (as its monitoring records them): 20 answered test
   * calls with a 400 ms post-dial delay, which admits it to the Premium tier.
   */
  private void measuredGood(Account carrier) {
    Instant now = Instant.now();
    db.execute(
        "INSERT INTO carrier_sip_target (carrier_id, tenant_id, host, port, created_at, updated_at)"
            + " VALUES (?, ?, '127.0.0.1', 5060, ?, ?)",
        carrier.id().value(),
        carrier.tenantId().value(),
        java.sql.Timestamp.from(now),
        java.sql.Timestamp.from(now));
    for (int i = 0; i < 20; i++) {
      db.execute(
          "INSERT INTO sip_test_call (tenant_id, source, call_key, carrier_id, destination,"
              + " started_at, result, sip_code, pdd_ms, network_effective)"
              + " VALUES (?, 'MONITOR', ?, ?, '442071234567', ?, 'ANSWERED', 200, 400, true)",
          carrier.tenantId().value(),
          "premium-" + UUID.randomUUID(),
          carrier.id().value(),
          java.sql.Timestamp.from(now.minusSeconds(60L * i)));
    }
  }

  private String egress(String key, Account carrier, SippPeer peer) throws Exception {
    return addTrunk(
        key,
        carrier,
        """
        {"name":"Termination","direction":"EGRESS","address":"127.0.0.1:%d","transport":"UDP",
         "techPrefix":"","strip":0,"prepend":"","maxChannels":10,"maxCps":5}"""
            .formatted(peer.port()));
  }

  private String addTrunk(String key, Account account, String json) throws Exception {
    HttpResponse<String> created =
        new ApiClient(port).json("POST", "/api/accounts/" + account.id() + "/trunks", key, json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return created.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
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

  private String adminKey() {
    return keys.create(admin(), Fixtures.unique("trunks-e2e")).secret();
  }

  private static String suffix() {
    return String.valueOf(100_000 + System.nanoTime() % 900_000);
  }
}
